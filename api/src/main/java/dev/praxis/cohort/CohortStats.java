package dev.praxis.cohort;

/** How many people a cohort has and how many of them completed its track. */
public record CohortStats(int size, int completed) {
    public static final CohortStats EMPTY = new CohortStats(0, 0);

    /** Completed over enrolled; 0 for an empty cohort rather than a division by zero. */
    public double completionRate() {
        return size == 0 ? 0 : (double) completed / size;
    }
}
