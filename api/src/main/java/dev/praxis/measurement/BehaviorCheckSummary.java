package dev.praxis.measurement;

import static java.util.Objects.requireNonNull;

/** One check day's figures for a scope; {@code byModule} is fetched from the scope when asked for. */
public record BehaviorCheckSummary(Scope scope, int day, CheckCounts counts) {
    public BehaviorCheckSummary {
        requireNonNull(scope, "scope is null");
        requireNonNull(counts, "counts is null");
    }

    public int respondents() {
        return counts.respondents();
    }

    public int concrete() {
        return counts.concrete();
    }

    public int vague() {
        return counts.vague();
    }

    public int none() {
        return counts.none();
    }

    public Double concreteShare() {
        return counts.concreteShare();
    }

    public TransferVerdict verdict() {
        return counts.verdict();
    }
}
