package dev.praxis.cohort;

import dev.praxis.graphql.relay.Identified;

import java.time.OffsetDateTime;

public record Enrollment(long id, long cohortId, long personId, EnrollmentStatus status, OffsetDateTime completedAt)
        implements Identified {
}
