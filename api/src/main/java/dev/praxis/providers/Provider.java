package dev.praxis.providers;

import dev.praxis.graphql.relay.Identified;

/** A training provider an organization works with. */
public record Provider(long id, String name, ProviderCategory category) implements Identified {
}
