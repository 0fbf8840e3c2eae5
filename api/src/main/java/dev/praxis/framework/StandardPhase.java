package dev.praxis.framework;

import java.util.List;

/** A roadmap phase of the standard framework: when it is planned, whom it trains, what gates it. */
public record StandardPhase(PhaseKind kind, int sequence, int plannedStartMonth, Integer plannedEndMonth,
                            List<Audience> audiences, List<GateConditionProfile> gateConditions) {
}
