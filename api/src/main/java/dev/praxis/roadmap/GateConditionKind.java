package dev.praxis.roadmap;

import dev.praxis.framework.PhaseKind;

import java.util.List;

/** The conditions a phase's gate can hold, each with how it is decided. */
public enum GateConditionKind {
    INFRASTRUCTURE_READY(EvaluationMode.AUTOMATIC),
    TOOLS_DEPLOYED(EvaluationMode.AUTOMATIC),
    MANAGERS_TRAINED(EvaluationMode.AUTOMATIC),
    POLICY_COMMUNICATED(EvaluationMode.ATTESTED),
    SUCCESS_STORY(EvaluationMode.AUTOMATIC);

    private final EvaluationMode mode;

    GateConditionKind(EvaluationMode mode) {
        this.mode = mode;
    }

    public EvaluationMode mode() {
        return mode;
    }

    /** The conditions of the gate in front of a phase; FOUNDATION and CONTINUOUS have none. */
    public static List<GateConditionKind> of(PhaseKind phase) {
        return switch (phase) {
            case FOUNDATION, CONTINUOUS -> List.of();
            case PRACTITIONER -> List.of(INFRASTRUCTURE_READY);
            case BROAD_WORKFORCE -> List.of(TOOLS_DEPLOYED, MANAGERS_TRAINED, POLICY_COMMUNICATED, SUCCESS_STORY);
        };
    }
}
