package dev.praxis.auth;

import java.time.OffsetDateTime;

/** The caller of one request: the organization its API key belongs to, and the key's public part. */
public record Viewer(long organizationId, String organizationName, String keyLabel, String keyPrefix,
                     OffsetDateTime keyCreatedAt) {
}
