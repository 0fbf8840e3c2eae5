package dev.praxis.roadmap;

import dev.praxis.framework.Audience;
import dev.praxis.framework.PhaseKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Everything a gate is decided on, as plain values: the cohorts it is judged for (those about to
 * start, the one being created, or the phase's planned start), the program's tools, the planned
 * participants with their managers' trainings, the attestations and success stories.
 *
 * @param today the date the gate is asked on ("deployed" means deployed on or before it)
 */
public record GateFacts(PhaseKind phase, LocalDate today, List<StartingCohort> cohorts, List<Tool> tools,
                        List<ManagerReadiness.TeamMember> participants, List<Attestation> attestations,
                        int successStories, LocalDate latestSuccessStoryOn, GateOverride override) {

    public GateFacts {
        requireNonNull(phase, "phase is null");
        requireNonNull(today, "today is null");
        cohorts = List.copyOf(cohorts);
        tools = List.copyOf(tools);
        participants = List.copyOf(participants);
        attestations = List.copyOf(attestations);
    }

    /** A cohort the gate is judged for; {@code planned} marks the phase's planned start standing in for a cohort. */
    public record StartingCohort(String name, LocalDate startsOn, boolean planned) {
    }

    /** An AI tool, the audiences that can reach it and the day it went (or goes) live. */
    public record Tool(String name, Set<Audience> audiences, LocalDate deployedOn) {
        public Tool {
            audiences = Set.copyOf(audiences);
        }
    }

    /** Evidence a person recorded for an ATTESTED condition. */
    public record Attestation(GateConditionKind kind, String evidenceUrl, LocalDate attestedOn, String audience,
                              String note, String attestedBy) {
    }
}
