package dev.praxis.roadmap;

import java.util.List;

/** One condition of a gate as evaluated: whether it holds, why not, and what shows it. */
public record GateCondition(GateConditionKind kind, boolean satisfied, List<String> reasons, List<Evidence> evidence) {

    public GateCondition {
        reasons = List.copyOf(reasons);
        evidence = List.copyOf(evidence);
    }

    public EvaluationMode mode() {
        return kind.mode();
    }
}
