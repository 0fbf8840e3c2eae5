package dev.praxis.measurement;

/** Level 1: the post-module surveys of a scope. */
public record ReactionSummary(int responses, Double meanRelevance, Double meanConfidence, int promoters, int detractors,
                              int missingMentions) {
    public static final ReactionSummary EMPTY = new ReactionSummary(0, null, null, 0, 0, 0);

    public Double nps() {
        return Nps.of(promoters, detractors, responses);
    }
}
