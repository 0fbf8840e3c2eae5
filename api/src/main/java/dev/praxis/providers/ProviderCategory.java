package dev.praxis.providers;

/** Kinds of training providers, each with known strengths and cautions. */
public enum ProviderCategory {
    PLATFORM, SPECIALIST, CONSULTING, CLOUD_ACADEMY, INDEPENDENT, INTERNAL
}
