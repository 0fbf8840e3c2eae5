/** Relay plumbing: page requests and cursors, connections, and keyset paging over jOOQ tables. */
package dev.praxis.graphql.relay;
