package dev.praxis.measurement;

/** What a measurement rolls up over: a whole program, one track, or one cohort. */
public enum ScopeLevel {
    PROGRAM, TRACK, COHORT
}
