package dev.praxis.roadmap;

import java.time.OffsetDateTime;

/** A recorded decision to let a phase start although its gate is blocked. */
public record GateOverride(String justification, String overriddenBy, OffsetDateTime overriddenAt) {
}
