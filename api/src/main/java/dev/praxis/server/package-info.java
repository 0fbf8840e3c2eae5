/** Start-up: the command line, configuration, the database (external or embedded) and the web server. */
package dev.praxis.server;
