package dev.praxis.plugins;

import dev.praxis.spi.CompletionStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * How a vendor's new report of a record combines with what is stored: the status never moves
 * backwards (a stale "in progress" after "completed" keeps "completed"), the earliest completion
 * time wins, progress and time spent only grow, and a score comes from the report that set the status.
 */
final class CompletionMerge {

    /** A record's stored state; amounts to two decimals as in the table. */
    record State(CompletionStatus status, BigDecimal progress, BigDecimal score, LocalDateTime completedAt, Long timeSpentSeconds) {
        State {
            progress = scale(progress);
            score = scale(score);
        }
    }

    enum Outcome { CREATED, UPDATED, UNCHANGED }

    record Result(State state, Outcome outcome) {
    }

    private CompletionMerge() {
    }

    static Result merge(State stored, State incoming) {
        if (stored == null) {
            return new Result(incoming, Outcome.CREATED);
        }
        boolean advances = incoming.status().ordinal() > stored.status().ordinal();
        boolean same = incoming.status() == stored.status();
        CompletionStatus status = advances ? incoming.status() : stored.status();
        LocalDateTime completedAt = earliest(stored.completedAt(), status.isDone() ? incoming.completedAt() : null);
        if (!status.isDone()) {
            completedAt = null;
        }
        BigDecimal score = (advances || same) && incoming.score() != null ? incoming.score() : stored.score();
        State merged = new State(status, max(stored.progress(), incoming.progress()), score, completedAt,
                maxLong(stored.timeSpentSeconds(), incoming.timeSpentSeconds()));
        return new Result(merged, merged.equals(stored) ? Outcome.UNCHANGED : Outcome.UPDATED);
    }

    private static LocalDateTime earliest(LocalDateTime a, LocalDateTime b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static Long maxLong(Long a, Long b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Long.valueOf(Math.max(a, b));
    }

    static BigDecimal scale(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal decimal(Double value) {
        return value == null ? null : scale(BigDecimal.valueOf(value));
    }

    static boolean sameState(State a, State b) {
        return Objects.equals(a, b);
    }
}
