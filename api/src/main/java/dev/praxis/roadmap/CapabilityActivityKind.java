package dev.praxis.roadmap;

/** What keeps capability growing after the training events: the continuous phase's activity. */
public enum CapabilityActivityKind {
    COMMUNITY_OF_PRACTICE_SESSION, USE_CASE_SHOWCASE, USE_CASE_LIBRARY_UPDATE, CURRICULUM_REFRESH
}
