package dev.praxis.diagnostics;

import dev.praxis.framework.Audience;
import dev.praxis.roadmap.CapabilityActivity;
import dev.praxis.roadmap.GateEvidenceRepository;
import dev.praxis.roadmap.GateFacts;
import dev.praxis.roadmap.GateRepository;
import dev.praxis.roadmap.ManagerReadiness;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.praxis.db.Tables.BUDGET;
import static dev.praxis.db.Tables.CATALOG_ITEM;
import static dev.praxis.db.Tables.COHORT;
import static dev.praxis.db.Tables.COMPLETION;
import static dev.praxis.db.Tables.MODULE;
import static dev.praxis.db.Tables.PLUGIN_CONNECTION;
import static dev.praxis.db.Tables.TRACK;
import static java.util.Objects.requireNonNull;

/** Gathers each program's {@link ProgramFacts} for the failure-mode rules, in a fixed number of queries for many programs. */
public final class DiagnosticsRepository {
    private final GateRepository gates;
    private final GateEvidenceRepository evidence;

    public DiagnosticsRepository(GateRepository gates, GateEvidenceRepository evidence) {
        this.gates = requireNonNull(gates, "gates is null");
        this.evidence = requireNonNull(evidence, "evidence is null");
    }

    public Map<Long, ProgramFacts> facts(DSLContext dsl, long org, Collection<Long> programIds, LocalDate today,
                                         Map<Long, BehaviorEvidence> behavior) {
        Map<Long, List<ProgramFacts.ModuleFact>> modules = new HashMap<>();
        dsl.select(TRACK.PROGRAM_ID, TRACK.NAME, MODULE.TITLE, MODULE.BUSINESS_CONTEXT.isNull(), PLUGIN_CONNECTION.PLUGIN_ID)
                .from(MODULE).join(TRACK).on(TRACK.ID.eq(MODULE.TRACK_ID))
                .leftJoin(CATALOG_ITEM).on(CATALOG_ITEM.ID.eq(MODULE.CATALOG_ITEM_ID))
                .leftJoin(PLUGIN_CONNECTION).on(PLUGIN_CONNECTION.ID.eq(CATALOG_ITEM.CONNECTION_ID))
                .where(MODULE.ORGANIZATION_ID.eq(org).and(TRACK.PROGRAM_ID.in(programIds)))
                .orderBy(TRACK.SEQUENCE, MODULE.SEQUENCE)
                .forEach(row -> modules.computeIfAbsent(row.value1(), k -> new ArrayList<>())
                        .add(new ProgramFacts.ModuleFact(row.value2(), row.value3(), row.value4(), row.value5())));
        Map<Long, List<ProgramFacts.CohortFact>> cohorts = new HashMap<>();
        List<GateRepository.CohortDates> teamCohorts = new ArrayList<>();
        dsl.select(COHORT.ID, COHORT.PROGRAM_ID, COHORT.PHASE_ID, COHORT.NAME, COHORT.STARTS_ON, COHORT.ENDS_ON, TRACK.AUDIENCE)
                .from(COHORT).join(TRACK).on(TRACK.ID.eq(COHORT.TRACK_ID))
                .where(COHORT.ORGANIZATION_ID.eq(org).and(COHORT.PROGRAM_ID.in(programIds)))
                .orderBy(COHORT.STARTS_ON, COHORT.ID)
                .forEach(row -> {
                    Audience audience = Audience.valueOf(row.value7());
                    cohorts.computeIfAbsent(row.value2(), k -> new ArrayList<>())
                            .add(new ProgramFacts.CohortFact(row.value4(), audience, row.value5(), row.value6()));
                    if (audience == Audience.PROFESSIONAL) {
                        teamCohorts.add(new GateRepository.CohortDates(row.value1(), row.value2(), row.value3(), row.value4(),
                                row.value5(), row.value6()));
                    }
                });
        Map<Long, List<ManagerReadiness.TeamMember>> teamMembers = new HashMap<>();
        Map<Long, Long> programOfCohort = new HashMap<>();
        teamCohorts.forEach(c -> programOfCohort.put(c.id(), c.programId()));
        gates.teamMembers(dsl, org, teamCohorts).forEach((cohortId, members) ->
                teamMembers.computeIfAbsent(programOfCohort.get(cohortId), k -> new ArrayList<>()).addAll(members));
        Map<Long, List<GateFacts.Tool>> tools = gates.toolFacts(dsl, org, programIds);
        Map<Long, Integer> completions = dsl.select(TRACK.PROGRAM_ID, DSL.count())
                .from(COMPLETION).join(MODULE).on(MODULE.ID.eq(COMPLETION.MODULE_ID)).join(TRACK).on(TRACK.ID.eq(MODULE.TRACK_ID))
                .where(COMPLETION.ORGANIZATION_ID.eq(org).and(TRACK.PROGRAM_ID.in(programIds)))
                .groupBy(TRACK.PROGRAM_ID)
                .fetchMap(row -> row.value1(), row -> row.value2());
        LocalDate since = today.minusMonths(FailureModeRules.ACTIVITY_WINDOW_MONTHS);
        Map<Long, List<CapabilityActivity>> activities = evidence.activitiesByProgram(dsl, org, programIds, since);
        Map<Long, Integer> activitiesEver = evidence.activityCounts(dsl, org, programIds);
        record BudgetRow(BigDecimal total, BigDecimal changeManagement, String currency) {
        }
        Map<Long, BudgetRow> budgets = new HashMap<>();
        dsl.select(BUDGET.PROGRAM_ID, BUDGET.TOTAL_AMOUNT, BUDGET.CHANGE_MANAGEMENT_AMOUNT, BUDGET.CURRENCY)
                .from(BUDGET)
                .where(BUDGET.ORGANIZATION_ID.eq(org).and(BUDGET.PROGRAM_ID.in(programIds)))
                .forEach(row -> budgets.put(row.value1(), new BudgetRow(row.value2(), row.value3(), row.value4())));

        Map<Long, ProgramFacts> result = new HashMap<>();
        for (Long programId : programIds) {
            var budget = budgets.get(programId);
            result.put(programId, new ProgramFacts(today,
                    modules.getOrDefault(programId, List.of()),
                    cohorts.getOrDefault(programId, List.of()),
                    tools.getOrDefault(programId, List.of()),
                    teamMembers.getOrDefault(programId, List.of()),
                    completions.getOrDefault(programId, 0),
                    behavior.getOrDefault(programId, BehaviorEvidence.unavailable()),
                    activities.getOrDefault(programId, List.of()).stream()
                            .map(a -> new ProgramFacts.ActivityFact(a.kind(), a.happenedOn())).toList(),
                    activitiesEver.getOrDefault(programId, 0),
                    budget == null ? null : budget.total(),
                    budget == null ? null : budget.changeManagement(),
                    budget == null ? null : budget.currency()));
        }
        return result;
    }
}
