package dev.praxis.diagnostics;

import dev.praxis.framework.Audience;
import dev.praxis.roadmap.CapabilityActivityKind;
import dev.praxis.roadmap.GateFacts;
import dev.praxis.roadmap.ManagerReadiness;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The data the six failure-mode rules read, as plain values.
 *
 * @param teamMembers      participants of professional (team) cohorts with their managers' trainings
 * @param completions      module completions recorded in the program
 * @param activities       capability activity (at least that of the last quarter)
 * @param activitiesEver   how many capability activities were ever recorded
 * @param budgetTotal      null when no budget is set
 */
public record ProgramFacts(LocalDate today, List<ModuleFact> modules, List<CohortFact> cohorts, List<GateFacts.Tool> tools,
                           List<ManagerReadiness.TeamMember> teamMembers, long completions, BehaviorEvidence behavior,
                           List<ActivityFact> activities, int activitiesEver, BigDecimal budgetTotal, BigDecimal changeManagement, String currency) {

    public ProgramFacts {
        requireNonNull(today, "today is null");
        requireNonNull(behavior, "behavior is null");
        modules = List.copyOf(modules);
        cohorts = List.copyOf(cohorts);
        tools = List.copyOf(tools);
        teamMembers = List.copyOf(teamMembers);
        activities = List.copyOf(activities);
    }

    /**
     * @param catalogSource the plugin whose catalog item delivers the module as it is (e.g. coursera), or null
     */
    public record ModuleFact(String trackName, String title, boolean generic, String catalogSource) {
        public ModuleFact(String trackName, String title, boolean generic) {
            this(trackName, title, generic, null);
        }
    }

    public record CohortFact(String name, Audience audience, LocalDate startsOn, LocalDate endsOn) {
    }

    public record ActivityFact(CapabilityActivityKind kind, LocalDate happenedOn) {
    }
}
