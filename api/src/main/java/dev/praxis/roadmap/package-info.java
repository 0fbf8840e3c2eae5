/** The roadmap: a program's phases, the gates that decide when each may start, tools, success stories and capability activity. */
package dev.praxis.roadmap;
