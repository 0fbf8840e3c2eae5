/** The six failure modes of a capability program, judged from its data by plain rules. */
package dev.praxis.diagnostics;
