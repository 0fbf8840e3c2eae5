package dev.praxis.plugins;

import dev.praxis.graphql.relay.Identified;

/** A vendor completion record whose learner matches no person yet, and why. */
public record UnmatchedRecord(long id, String externalRecordId, String learnerEmail, String learnerExternalId,
                              String learnerAccount, String itemExternalId, String status, String reason) implements Identified {
}
