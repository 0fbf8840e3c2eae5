/** Benchmarks: *Benchmark classes that write a report under target/bench, run only by the bench profile (-Pbench), never by the test suite. */
package dev.praxis.bench;
