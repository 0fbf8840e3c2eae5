package dev.praxis.framework;

/** One condition of a phase gate, how it is checked, and what it asks for. */
public record GateConditionProfile(String kind, String mode, String description) {
}
