package dev.praxis.roadmap;

import java.util.List;

/** A phase's gate: OPEN when every condition holds; an override lets cohorts start while it is BLOCKED. */
public record Gate(GateStatus status, List<GateCondition> conditions, GateOverride override) {

    public Gate {
        conditions = List.copyOf(conditions);
    }

    public boolean overridden() {
        return override != null;
    }

    /** Whether a new cohort may be created in the phase. */
    public boolean allowsNewCohorts() {
        return status == GateStatus.OPEN || override != null;
    }

    /** Every reason of every unmet condition, each prefixed with its condition. */
    public List<String> blockingReasons() {
        return conditions.stream().filter(c -> !c.satisfied())
                .flatMap(c -> c.reasons().stream().map(reason -> c.kind() + ": " + reason))
                .toList();
    }
}
