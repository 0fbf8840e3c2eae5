package dev.praxis.plugins;

import dev.praxis.graphql.relay.Identified;

import java.time.OffsetDateTime;
import java.util.List;

/** A vendor catalog item brought in by a connection. */
public record CatalogItem(long id, long connectionId, String externalId, String title, String description,
                         Integer durationMinutes, String format, List<String> skills, String url, String language,
                         OffsetDateTime updatedAt) implements Identified {
}
