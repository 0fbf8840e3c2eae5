package dev.praxis.roadmap;

/** AUTOMATIC conditions are computed from data Praxis holds; ATTESTED ones need a person to record evidence. */
public enum EvaluationMode {
    AUTOMATIC, ATTESTED
}
