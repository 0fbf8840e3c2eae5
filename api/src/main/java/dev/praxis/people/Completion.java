package dev.praxis.people;

import dev.praxis.graphql.relay.Identified;

import java.time.OffsetDateTime;

public record Completion(long id, long personId, long moduleId, OffsetDateTime completedAt, Double score, String source)
        implements Identified {
}
