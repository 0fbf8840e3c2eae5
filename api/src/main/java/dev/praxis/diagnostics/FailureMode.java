package dev.praxis.diagnostics;

/** The six ways capability programs typically fail to change behaviour. */
public enum FailureMode {
    GENERIC_CONTENT, NO_PRACTICE_SYSTEM, NO_MANAGER_REINFORCEMENT, MEASURING_INPUTS, ONE_TIME_EVENT,
    CHANGE_MANAGEMENT_UNDERFUNDED
}
