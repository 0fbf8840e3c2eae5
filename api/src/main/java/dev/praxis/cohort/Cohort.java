package dev.praxis.cohort;

import dev.praxis.graphql.relay.Identified;

import java.time.LocalDate;

public record Cohort(long id, long programId, long trackId, long phaseId, String name, LocalDate startsOn,
                     LocalDate endsOn) implements Identified {
}
