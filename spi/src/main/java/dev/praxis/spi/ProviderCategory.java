package dev.praxis.spi;

/** The kind of provider behind a plugin, as in Praxis' domain model. */
public enum ProviderCategory {
    PLATFORM, SPECIALIST, CONSULTING, CLOUD_ACADEMY, INDEPENDENT, INTERNAL
}
