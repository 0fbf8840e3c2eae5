package dev.praxis.diagnostics;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One failure mode judged for one program.
 *
 * @param evidence sentences naming counts and examples
 * @param affected how many cohorts, modules or people the rule found (0 when not detected)
 * @param fix      the structural fix, in our words
 */
public record Diagnosis(FailureMode failureMode, DiagnosisStatus status, Severity severity, List<String> evidence,
                        int affected, String fix) {

    public Diagnosis {
        requireNonNull(failureMode, "failureMode is null");
        requireNonNull(status, "status is null");
        requireNonNull(severity, "severity is null");
        evidence = List.copyOf(evidence);
    }
}
