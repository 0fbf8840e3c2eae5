package dev.praxis.cohort;

public enum EnrollmentStatus {
    ENROLLED, IN_PROGRESS, COMPLETED
}
