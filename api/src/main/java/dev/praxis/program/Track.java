package dev.praxis.program;

import dev.praxis.framework.Audience;
import dev.praxis.graphql.relay.Identified;

public record Track(long id, long programId, Audience audience, int sequence, String name) implements Identified {
}
