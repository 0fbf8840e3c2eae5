package dev.praxis.measurement;

import java.time.LocalDate;

/** A KPI's baseline and current reading and the change between them; parts are null where a reading is missing. */
public record KpiChange(Kpi kpi, Double baseline, LocalDate baselineOn, Double current, LocalDate currentOn) {

    public Double change() {
        return baseline == null || current == null ? null : current - baseline;
    }

    /** The change as a share of the baseline; null without both readings or with a zero baseline. */
    public Double relativeChange() {
        return baseline == null || current == null || baseline == 0 ? null : (current - baseline) / Math.abs(baseline);
    }

    /** True when the KPI moved the good way (down for the error rate, up otherwise). */
    public Boolean improved() {
        Double change = change();
        if (change == null) {
            return null;
        }
        return kpi.lowerIsBetter() ? change < 0 : change > 0;
    }
}
