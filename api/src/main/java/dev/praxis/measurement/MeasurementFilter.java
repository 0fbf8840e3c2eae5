package dev.praxis.measurement;

import dev.praxis.framework.Audience;

import java.time.LocalDate;

/**
 * Narrows a measurement: to the cohorts of one audience's track, and to answers, observations,
 * usage and KPI readings dated within [from, to] (either end may be open).
 */
public record MeasurementFilter(Audience audience, LocalDate from, LocalDate to) {
    public static final MeasurementFilter NONE = new MeasurementFilter(null, null, null);
}
