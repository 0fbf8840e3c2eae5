package dev.praxis.measurement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One KPI in one scope: its change from baseline for everyone measured, and separately for the
 * trained and the untrained where those populations were measured.
 */
public record KpiResult(Kpi kpi, String scopeKind, String scope, KpiChange all, KpiChange trained, KpiChange untrained) {

    /** Trained change minus untrained change; null unless both exist. */
    public Double trainedVersusUntrained() {
        if (trained == null || untrained == null || trained.change() == null || untrained.change() == null) {
            return null;
        }
        return trained.change() - untrained.change();
    }

    /** Groups the latest readings into one result per KPI and scope, in KPI then scope order. */
    public static List<KpiResult> of(List<KpiReading> readings) {
        record Key(Kpi kpi, String scopeKind, String scope) {
        }
        Map<Key, Map<String, KpiReading[]>> grouped = new LinkedHashMap<>();
        for (KpiReading reading : readings) {
            KpiReading[] pair = grouped.computeIfAbsent(new Key(reading.kpi(), reading.scopeKind(), reading.scope()),
                    key -> new LinkedHashMap<>()).computeIfAbsent(reading.population(), p -> new KpiReading[2]);
            pair["BASELINE".equals(reading.kind()) ? 0 : 1] = reading;
        }
        List<KpiResult> results = new ArrayList<>();
        grouped.forEach((key, byPopulation) -> results.add(new KpiResult(key.kpi(), key.scopeKind(), key.scope(),
                change(key.kpi(), byPopulation.get("ALL")), change(key.kpi(), byPopulation.get("TRAINED")),
                change(key.kpi(), byPopulation.get("UNTRAINED")))));
        results.sort(Comparator.comparing(KpiResult::kpi).thenComparing(KpiResult::scopeKind).thenComparing(KpiResult::scope));
        return results;
    }

    private static KpiChange change(Kpi kpi, KpiReading[] pair) {
        if (pair == null) {
            return null;
        }
        KpiReading baseline = pair[0];
        KpiReading current = pair[1];
        return new KpiChange(kpi, baseline == null ? null : baseline.value(), baseline == null ? null : baseline.measuredOn(),
                current == null ? null : current.value(), current == null ? null : current.measuredOn());
    }
}
