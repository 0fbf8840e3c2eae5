package dev.praxis.diagnostics;

/** DETECTED when the data shows the failure, CLEAR when it shows its absence, INSUFFICIENT_DATA when it cannot tell. */
public enum DiagnosisStatus {
    DETECTED, CLEAR, INSUFFICIENT_DATA
}
