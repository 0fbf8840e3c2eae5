/** Shared plugin code bundled into each plugin: HTTP with retries and token refresh, CSV completion mapping. */
package dev.praxis.plugins.toolkit;
