/** The demo organization: a deterministic, believable program for trying the API and for benchmarks. */
package dev.praxis.demo;
