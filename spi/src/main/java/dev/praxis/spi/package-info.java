/** The contract between Praxis and vendor plugins: one entry interface, immutable values, pull-based pages. JDK only. */
package dev.praxis.spi;
