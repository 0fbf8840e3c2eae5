package dev.praxis.measurement;

/** Net Promoter Score: the percentage of promoters (9-10) minus the percentage of detractors (0-6). */
public final class Nps {
    private Nps() {
    }

    public static boolean isPromoter(int score) {
        return score >= 9;
    }

    public static boolean isDetractor(int score) {
        return score <= 6;
    }

    /** From -100 to 100; null when nobody answered. */
    public static Double of(int promoters, int detractors, int responses) {
        if (promoters < 0 || detractors < 0 || promoters + detractors > responses) {
            throw new IllegalArgumentException("inconsistent counts: " + promoters + " promoters and " + detractors
                    + " detractors out of " + responses);
        }
        if (responses == 0) {
            return null;
        }
        return 100.0 * (promoters - detractors) / responses;
    }
}
