/** Benchmarks: main classes that write a report under target/bench, run with -Pbench, never as unit tests. */
package dev.praxis.bench;
