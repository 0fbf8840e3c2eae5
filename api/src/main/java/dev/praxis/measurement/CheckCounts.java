package dev.praxis.measurement;

/** How the answers to one behaviour check were classified. */
public record CheckCounts(int respondents, int concrete, int vague, int none) {
    public static final CheckCounts EMPTY = new CheckCounts(0, 0, 0, 0);

    public CheckCounts {
        if (concrete + vague + none != respondents) {
            throw new IllegalArgumentException("classes do not add up to the respondents");
        }
    }

    /** Concrete answers over respondents; null when nobody answered. */
    public Double concreteShare() {
        return respondents == 0 ? null : (double) concrete / respondents;
    }

    public TransferVerdict verdict() {
        return TransferVerdict.of(concrete, respondents);
    }
}
