package dev.praxis.roadmap;

/**
 * Where a phase stands, derived from its cohorts so it cannot drift from the data: PLANNED until
 * one has started, COMPLETED once every one has ended, IN_PROGRESS in between.
 */
public enum PhaseStatus {
    PLANNED, IN_PROGRESS, COMPLETED;

    public static PhaseStatus of(int cohorts, int started, int ended) {
        if (cohorts == 0 || started == 0) {
            return PLANNED;
        }
        return ended == cohorts ? COMPLETED : IN_PROGRESS;
    }
}
