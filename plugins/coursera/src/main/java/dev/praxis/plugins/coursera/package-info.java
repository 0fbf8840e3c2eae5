/** The Coursera for Business plugin: programs' contents as the catalog, enrollment reports as completions. */
package dev.praxis.plugins.coursera;
