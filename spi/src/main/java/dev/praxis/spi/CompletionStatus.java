package dev.praxis.spi;

/**
 * Where a learner stands with an item. The order matters: the host never moves a record to a lower
 * status, so a stale report cannot undo a completion.
 */
public enum CompletionStatus {
    IN_PROGRESS,
    FAILED,
    COMPLETED,
    PASSED;

    /** Completed or passed: counts as done. */
    public boolean isDone() {
        return this == COMPLETED || this == PASSED;
    }
}
