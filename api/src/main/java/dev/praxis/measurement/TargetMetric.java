package dev.praxis.measurement;

/**
 * How Praxis computes a target behaviour's observed share from the 90-day check: the concrete
 * share of the program's respondents (optionally one audience's), or the share of a module's
 * track's respondents who cite that module concretely.
 */
public enum TargetMetric {
    CONCRETE_SHARE, MODULE_CITED_SHARE
}
