package dev.praxis.roadmap;

import dev.praxis.graphql.relay.Identified;

import java.time.OffsetDateTime;

/**
 * Who did what to a gate, and when.
 *
 * @param actor the label and public prefix of the API key that made the change
 */
public record AuditEvent(long id, long programId, Long phaseId, AuditAction action, String actor, OffsetDateTime occurredAt,
                         String details) implements Identified {
}
