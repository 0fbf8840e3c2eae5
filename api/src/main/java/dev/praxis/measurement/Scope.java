package dev.praxis.measurement;

import static java.util.Objects.requireNonNull;

/**
 * One measured thing (a program, track or cohort, by row id, with the program it belongs to) under
 * one filter; the source of a Measurement.
 */
public record Scope(ScopeLevel level, long id, long programId, MeasurementFilter filter) {
    public Scope {
        requireNonNull(level, "level is null");
        requireNonNull(filter, "filter is null");
    }

    /** The part shared by every scope that one query can answer together. */
    public record Group(ScopeLevel level, MeasurementFilter filter) {
    }

    public Group group() {
        return new Group(level, filter);
    }
}
