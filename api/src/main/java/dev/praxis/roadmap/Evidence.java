package dev.praxis.roadmap;

import java.time.LocalDate;

/**
 * One piece of evidence behind a gate condition: what it shows and, where there is one, its
 * link, its date and who recorded it.
 */
public record Evidence(String description, String url, LocalDate date, String recordedBy) {

    public static Evidence of(String description) {
        return new Evidence(description, null, null, null);
    }
}
