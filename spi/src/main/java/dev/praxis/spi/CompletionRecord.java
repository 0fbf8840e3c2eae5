package dev.praxis.spi;

import java.time.Duration;
import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * One report of a learner's standing with a catalog item.
 *
 * @param externalRecordId the vendor's stable id of this record; a later record with the same id
 *                         replaces it (an enrollment report) and repeating one changes nothing
 * @param itemExternalId   the {@link CatalogItem#externalId()} it is about
 * @param itemTitle        the item's title when the record carries one (an xAPI activity's name), else null;
 *                         the host uses it for items its catalog does not list yet
 * @param progress         0-100, or null when unknown
 * @param score            0-100, or null when unscored
 * @param completedAt      when it was completed or passed; required for those statuses
 * @param timeSpent        time the learner spent, or null
 */
public record CompletionRecord(String externalRecordId, Learner learner, String itemExternalId, String itemTitle,
                               CompletionStatus status,
                               Double progress, Double score, Instant completedAt, Duration timeSpent) {

    public CompletionRecord {
        requireNonNull(externalRecordId, "externalRecordId is null");
        requireNonNull(learner, "learner is null");
        requireNonNull(itemExternalId, "itemExternalId is null");
        requireNonNull(status, "status is null");
        if (externalRecordId.isBlank() || externalRecordId.length() > 200) {
            throw new IllegalArgumentException("externalRecordId must be 1-200 characters: '" + externalRecordId + "'");
        }
        if (progress != null && (progress.isNaN() || progress < 0 || progress > 100)) {
            throw new IllegalArgumentException("progress must be 0-100: " + progress);
        }
        if (score != null && (score.isNaN() || score < 0 || score > 100)) {
            throw new IllegalArgumentException("score must be 0-100: " + score);
        }
        if (status.isDone() && completedAt == null) {
            throw new IllegalArgumentException("a " + status + " record needs completedAt");
        }
        if (timeSpent != null && timeSpent.isNegative()) {
            throw new IllegalArgumentException("timeSpent is negative: " + timeSpent);
        }
    }
}
