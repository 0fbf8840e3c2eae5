package dev.praxis.measurement;

/** The business results a program is judged by; for the error rate, lower is better. */
public enum Kpi {
    PRODUCTIVITY(false),
    AI_PROJECT_VELOCITY(false),
    AI_ASSISTED_ERROR_RATE(true),
    USE_CASE_IDENTIFICATION_RATE(false);

    private final boolean lowerIsBetter;

    Kpi(boolean lowerIsBetter) {
        this.lowerIsBetter = lowerIsBetter;
    }

    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }
}
