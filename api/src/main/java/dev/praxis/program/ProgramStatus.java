package dev.praxis.program;

public enum ProgramStatus {
    PLANNED, ACTIVE, COMPLETED, ARCHIVED
}
