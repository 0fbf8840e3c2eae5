/** GraphQL over HTTP: the transport, the schema assembly, errors, limits and scalars. */
package dev.praxis.graphql;
