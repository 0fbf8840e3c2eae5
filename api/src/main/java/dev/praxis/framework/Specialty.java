package dev.praxis.framework;

/** The specialty of a practitioner deep track; a practitioner takes the one of their specialty. */
public enum Specialty {
    MLOPS, LLM_ENGINEERING, AI_DATA_ENGINEERING, AI_GOVERNANCE
}
