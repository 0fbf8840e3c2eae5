/** The in-process event bus areas publish to after their transactions commit; subscriptions listen to it. */
package dev.praxis.events;
