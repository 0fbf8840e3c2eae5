package dev.praxis.measurement;

import dev.praxis.graphql.relay.Identified;

import java.time.LocalDate;

/** A manager saw one of their reports apply something from the training. */
public record ManagerObservation(long id, long managerId, long personId, String behavior, LocalDate observedOn)
        implements Identified {
}
