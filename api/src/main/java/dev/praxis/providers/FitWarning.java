package dev.praxis.providers;

/** A caution about a provider delivering a track, with a stable code to branch on. */
public record FitWarning(String code, String message) {
}
