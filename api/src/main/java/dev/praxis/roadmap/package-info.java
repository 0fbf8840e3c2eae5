/** The roadmap: a program's phases and, later, the gates that decide when a phase may start. */
package dev.praxis.roadmap;
