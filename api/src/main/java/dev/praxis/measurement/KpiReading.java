package dev.praxis.measurement;

import java.time.LocalDate;

/**
 * The latest reading of one KPI for one scope, population (ALL, TRAINED, UNTRAINED) and kind
 * (BASELINE or CURRENT).
 */
public record KpiReading(Kpi kpi, String scopeKind, String scope, String population, String kind, double value,
                         LocalDate measuredOn) {
}
