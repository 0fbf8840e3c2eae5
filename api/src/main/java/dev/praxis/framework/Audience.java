package dev.praxis.framework;

/** The four populations a program trains, each with its own track. */
public enum Audience {
    EXECUTIVE, BUSINESS_LEADER, PROFESSIONAL, PRACTITIONER
}
