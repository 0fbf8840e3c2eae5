package dev.praxis.measurement;

/**
 * Level 2: the assessments of a scope. Pre and post scores are paired per person, cohort and
 * module (or the track as a whole); the gain is the mean of post minus pre over the pairs that have both.
 */
public record LearningSummary(int assessed, int assessments, Double meanPre, Double meanPost, Double meanGain,
                              int pairs, Double meanExercise, Double meanScenario, Double meanPeerTeaching) {
    public static final LearningSummary EMPTY = new LearningSummary(0, 0, null, null, null, 0, null, null, null);
}
