package dev.praxis.plugins;

import dev.praxis.spi.CompletionStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionMergeTest {
    private static final LocalDateTime MAY = LocalDateTime.parse("2026-05-01T10:00:00");
    private static final LocalDateTime JUNE = LocalDateTime.parse("2026-06-01T10:00:00");

    @Test
    void aStaleReportNeverMovesACompletionBackwards() {
        CompletionMerge.State completed = state(CompletionStatus.COMPLETED, 100, 80, MAY);
        CompletionMerge.Result stale = CompletionMerge.merge(completed, state(CompletionStatus.IN_PROGRESS, 0, null, null));
        assertThat(stale.outcome()).isEqualTo(CompletionMerge.Outcome.UNCHANGED);
        assertThat(stale.state()).isEqualTo(completed);
    }

    @Test
    void aLaterCompletionKeepsTheEarliestTimeAndPassingOutranksCompleting() {
        CompletionMerge.Result passed = CompletionMerge.merge(state(CompletionStatus.COMPLETED, 100, 70, MAY),
                state(CompletionStatus.PASSED, 100, 90, JUNE));
        assertThat(passed.outcome()).isEqualTo(CompletionMerge.Outcome.UPDATED);
        assertThat(passed.state().status()).isEqualTo(CompletionStatus.PASSED);
        assertThat(passed.state().completedAt()).isEqualTo(MAY);
        assertThat(passed.state().score()).isEqualByComparingTo("90");
        CompletionMerge.Result failedAfter = CompletionMerge.merge(passed.state(), state(CompletionStatus.FAILED, 100, 10, null));
        assertThat(failedAfter.outcome()).isEqualTo(CompletionMerge.Outcome.UNCHANGED);
    }

    @Test
    void progressOnlyGrowsAndTheSameReportChangesNothing() {
        CompletionMerge.State half = state(CompletionStatus.IN_PROGRESS, 50, null, null);
        assertThat(CompletionMerge.merge(half, state(CompletionStatus.IN_PROGRESS, 20, null, null)).outcome())
                .isEqualTo(CompletionMerge.Outcome.UNCHANGED);
        assertThat(CompletionMerge.merge(half, state(CompletionStatus.IN_PROGRESS, 50.001, null, null)).outcome())
                .isEqualTo(CompletionMerge.Outcome.UNCHANGED);
        assertThat(CompletionMerge.merge(half, state(CompletionStatus.IN_PROGRESS, 75, null, null)).state().progress())
                .isEqualByComparingTo("75");
        assertThat(CompletionMerge.merge(null, half).outcome()).isEqualTo(CompletionMerge.Outcome.CREATED);
    }

    private static CompletionMerge.State state(CompletionStatus status, double progress, Integer score, LocalDateTime completedAt) {
        return new CompletionMerge.State(status, BigDecimal.valueOf(progress), score == null ? null : BigDecimal.valueOf(score),
                completedAt, null);
    }
}
