package dev.praxis.roadmap;

/** What an audit event records. */
public enum AuditAction {
    GATE_CONDITION_ATTESTED, GATE_OVERRIDDEN
}
