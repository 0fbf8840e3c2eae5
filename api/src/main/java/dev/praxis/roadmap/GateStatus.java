package dev.praxis.roadmap;

/** OPEN when every condition of a gate holds, BLOCKED otherwise. */
public enum GateStatus {
    OPEN, BLOCKED
}
