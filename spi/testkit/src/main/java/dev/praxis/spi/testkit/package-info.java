/** What plugin authors test with: the shared contract test, a fixture HTTP server and a fast plugin context. */
package dev.praxis.spi.testkit;
