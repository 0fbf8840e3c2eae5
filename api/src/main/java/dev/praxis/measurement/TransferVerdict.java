package dev.praxis.measurement;

/**
 * Whether a behaviour check shows transfer to practice: PASSING when at least 60% of the
 * respondents give a concrete example, FAILING below that, INSUFFICIENT_DATA with no respondents.
 */
public enum TransferVerdict {
    PASSING, FAILING, INSUFFICIENT_DATA;

    /** Compared in integers (concrete / respondents >= 3 / 5), so 0.6 exactly is never lost to rounding. */
    public static TransferVerdict of(int concrete, int respondents) {
        if (concrete < 0 || concrete > respondents) {
            throw new IllegalArgumentException(concrete + " concrete answers out of " + respondents);
        }
        if (respondents == 0) {
            return INSUFFICIENT_DATA;
        }
        return 5L * concrete >= 3L * respondents ? PASSING : FAILING;
    }
}
