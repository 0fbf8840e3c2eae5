package dev.praxis.measurement;

import java.time.LocalDate;
import java.util.List;

/** The behaviour checks happen 30, 60 and 90 days after a cohort ends. */
public final class CheckDay {
    public static final List<Integer> DAYS = List.of(30, 60, 90);
    public static final int FINAL = 90;

    private CheckDay() {
    }

    public static boolean isValid(int day) {
        return DAYS.contains(day);
    }

    /** The first date an answer to the check of {@code day} may carry: the cohort's end plus that many days. */
    public static LocalDate earliestAnswer(LocalDate cohortEndsOn, int day) {
        return cohortEndsOn.plusDays(day);
    }
}
