package dev.praxis.plugins;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** A connection's schedule: an ISO-8601 duration between runs, at least five minutes (PT6H, P1D). */
final class Schedules {
    static final Duration SHORTEST = Duration.ofMinutes(5);

    private Schedules() {
    }

    /** The interval; throws IllegalArgumentException with a message for the user. */
    static Duration parse(String schedule) {
        try {
            Duration every = Duration.parse(schedule);
            if (every.compareTo(SHORTEST) < 0) {
                throw new IllegalArgumentException("must be at least PT5M");
            }
            return every;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not an ISO-8601 duration such as PT6H or P1D");
        }
    }
}
