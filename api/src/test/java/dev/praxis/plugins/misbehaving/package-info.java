/** A test plugin that throws, hangs or returns malformed data on demand. */
package dev.praxis.plugins.misbehaving;
