/** People of an organization, their manager hierarchy, and the completions they record. */
package dev.praxis.people;
