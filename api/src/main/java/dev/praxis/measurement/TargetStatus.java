package dev.praxis.measurement;

/**
 * Where a target behaviour stands: ON_TARGET when the observed share reaches the target,
 * BELOW_TARGET when it does not, INSUFFICIENT_DATA when nobody has answered the 90-day check it
 * is computed from, NOT_MEASURED when it has no metric Praxis can compute or no target.
 */
public enum TargetStatus {
    ON_TARGET, BELOW_TARGET, INSUFFICIENT_DATA, NOT_MEASURED;

    public static TargetStatus of(boolean computable, Double target, Double observed) {
        if (!computable || target == null) {
            return NOT_MEASURED;
        }
        if (observed == null) {
            return INSUFFICIENT_DATA;
        }
        // A tolerance of one part in a million so that 3/5 reaches a target of 0.6.
        return observed + 1e-9 >= target ? ON_TARGET : BELOW_TARGET;
    }
}
