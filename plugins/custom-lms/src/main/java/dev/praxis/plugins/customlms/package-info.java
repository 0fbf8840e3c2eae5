/** The custom-LMS plugin: completions from any xAPI learning record store, or from plain CSV exports. */
package dev.praxis.plugins.customlms;
