package dev.praxis.plugins;

import dev.praxis.graphql.relay.Identified;

import java.time.OffsetDateTime;
import java.util.List;

/** One run of a connection's sync and what it did. */
public record SyncRun(long id, long connectionId, SyncStatus status, String trigger, OffsetDateTime queuedAt,
                      OffsetDateTime startedAt, OffsetDateTime finishedAt, int pages, int fetched, int created, int updated,
                      int unchanged, int rejected, Long expectedTotal, List<String> errors) implements Identified {

    /** Share of the expected records fetched, when the vendor said how many; 1 once succeeded. */
    public Double progress() {
        if (status == SyncStatus.SUCCEEDED) {
            return 1.0;
        }
        if (expectedTotal == null || expectedTotal <= 0) {
            return null;
        }
        return Math.min(1.0, fetched / (double) expectedTotal);
    }
}
