package dev.praxis.diagnostics;

/** How much a detected failure mode weighs; NONE when nothing was detected. */
public enum Severity {
    NONE, LOW, MEDIUM, HIGH
}
