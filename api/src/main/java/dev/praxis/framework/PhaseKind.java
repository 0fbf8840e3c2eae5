package dev.praxis.framework;

/** The four roadmap phases, in the order a program goes through them. */
public enum PhaseKind {
    FOUNDATION, PRACTITIONER, BROAD_WORKFORCE, CONTINUOUS
}
