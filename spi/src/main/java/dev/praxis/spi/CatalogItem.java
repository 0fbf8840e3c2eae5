package dev.praxis.spi;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One item of a vendor's catalog. {@code externalId} is the vendor's stable id; everything but it and
 * the title may be null (skills empty) when the vendor does not say.
 *
 * @param format    the vendor's own word for the kind of item (course, video, lab, specialization...)
 * @param language  a BCP-47 tag such as {@code en} or {@code de-CH}
 * @param updatedAt when the vendor last changed the item
 */
public record CatalogItem(String externalId, String title, String description, Duration duration, String format,
                          List<String> skills, URI url, String language, Instant updatedAt) {

    public CatalogItem {
        requireNonNull(externalId, "externalId is null");
        requireNonNull(title, "title is null");
        if (externalId.isBlank() || externalId.length() > 200) {
            throw new IllegalArgumentException("externalId must be 1-200 characters: '" + externalId + "'");
        }
        skills = skills == null ? List.of() : List.copyOf(skills);
        if (duration != null && duration.isNegative()) {
            throw new IllegalArgumentException("duration is negative: " + duration);
        }
    }
}
