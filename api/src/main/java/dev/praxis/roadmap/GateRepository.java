package dev.praxis.roadmap;

import dev.praxis.db.tables.Person;
import dev.praxis.framework.Audience;
import dev.praxis.framework.FrameworkCatalog;
import dev.praxis.framework.PhaseKind;
import dev.praxis.framework.StandardPhase;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.praxis.db.Tables.AI_TOOL;
import static dev.praxis.db.Tables.AI_TOOL_AUDIENCE;
import static dev.praxis.db.Tables.COHORT;
import static dev.praxis.db.Tables.ENROLLMENT;
import static dev.praxis.db.Tables.GATE_ATTESTATION;
import static dev.praxis.db.Tables.GATE_OVERRIDE;
import static dev.praxis.db.Tables.PERSON;
import static dev.praxis.db.Tables.PROGRAM;
import static dev.praxis.db.Tables.SUCCESS_STORY;
import static java.util.Objects.requireNonNull;

/**
 * Gathers the facts a gate is decided on, for many phases in a fixed number of queries.
 *
 * <p>Which cohorts a gate is judged for: a cohort being created (against its own start, with the
 * participants of the phase's cohorts that have not started yet); otherwise the phase's cohorts
 * that have not started yet; otherwise all its cohorts; and before any cohort exists, the
 * phase's planned start. The planned participants are those enrolled in those cohorts, or,
 * before anyone is enrolled, the people of the phase's audiences.
 */
public final class GateRepository {
    private final FrameworkCatalog catalog;

    public GateRepository(FrameworkCatalog catalog) {
        this.catalog = requireNonNull(catalog, "catalog is null");
    }

    /** A cohort about to be created, checked against its own start date. */
    public record NewCohort(String name, LocalDate startsOn) {
    }

    /** A cohort as the gate rules see it. */
    public record CohortDates(long id, long programId, long phaseId, String name, LocalDate startsOn, LocalDate endsOn) {
    }

    public Map<Long, Gate> gates(DSLContext dsl, long organizationId, Collection<Phase> phases, LocalDate today) {
        Map<Long, Gate> gates = new HashMap<>();
        facts(dsl, organizationId, phases, today, null).forEach((phaseId, facts) -> gates.put(phaseId, GateEvaluator.evaluate(facts)));
        return gates;
    }

    public Gate gateForNewCohort(DSLContext dsl, long organizationId, Phase phase, NewCohort cohort, LocalDate today) {
        requireNonNull(cohort, "cohort is null");
        return GateEvaluator.evaluate(facts(dsl, organizationId, List.of(phase), today, cohort).get(phase.id()));
    }

    Map<Long, GateFacts> facts(DSLContext dsl, long org, Collection<Phase> phases, LocalDate today, NewCohort candidate) {
        Map<Long, GateFacts> result = new HashMap<>();
        if (phases.isEmpty()) {
            return result;
        }
        Set<Long> programIds = phases.stream().map(Phase::programId).collect(Collectors.toSet());
        Set<Long> phaseIds = phases.stream().map(Phase::id).collect(Collectors.toSet());
        Map<Long, LocalDate> programStarts = new HashMap<>();
        dsl.select(PROGRAM.ID, PROGRAM.STARTS_ON).from(PROGRAM)
                .where(PROGRAM.ORGANIZATION_ID.eq(org).and(PROGRAM.ID.in(programIds)))
                .forEach(row -> programStarts.put(row.value1(), row.value2()));
        Map<Long, List<CohortDates>> cohortsByPhase = dsl.select(COHORT.ID, COHORT.PROGRAM_ID, COHORT.PHASE_ID, COHORT.NAME,
                        COHORT.STARTS_ON, COHORT.ENDS_ON)
                .from(COHORT)
                .where(COHORT.ORGANIZATION_ID.eq(org).and(COHORT.PHASE_ID.in(phaseIds)))
                .orderBy(COHORT.STARTS_ON, COHORT.ID)
                .fetch(row -> new CohortDates(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6()))
                .stream().collect(Collectors.groupingBy(CohortDates::phaseId));

        // The cohorts each gate is judged for, and whose participants count as planned.
        Map<Long, List<GateFacts.StartingCohort>> reference = new HashMap<>();
        Map<Long, List<CohortDates>> participantCohorts = new HashMap<>();
        for (Phase phase : phases) {
            List<CohortDates> all = cohortsByPhase.getOrDefault(phase.id(), List.of());
            List<CohortDates> upcoming = all.stream().filter(c -> c.startsOn().isAfter(today)).toList();
            if (candidate != null) {
                reference.put(phase.id(), List.of(new GateFacts.StartingCohort(candidate.name(), candidate.startsOn(), false)));
                participantCohorts.put(phase.id(), upcoming);
            } else if (!all.isEmpty()) {
                List<CohortDates> judged = upcoming.isEmpty() ? all : upcoming;
                reference.put(phase.id(), judged.stream()
                        .map(c -> new GateFacts.StartingCohort(c.name(), c.startsOn(), false)).toList());
                participantCohorts.put(phase.id(), judged);
            } else {
                LocalDate start = programStarts.get(phase.programId());
                LocalDate planned = start == null ? today : start.plusMonths(phase.plannedStartMonth() - 1L);
                reference.put(phase.id(), List.of(new GateFacts.StartingCohort("planned start", planned, true)));
                participantCohorts.put(phase.id(), List.of());
            }
        }

        // Planned participants, only where a gate asks about managers.
        Set<Long> managerPhases = phases.stream()
                .filter(p -> GateConditionKind.of(p.kind()).contains(GateConditionKind.MANAGERS_TRAINED))
                .map(Phase::id).collect(Collectors.toSet());
        Map<Long, CohortDates> cohortsById = new HashMap<>();
        participantCohorts.forEach((phaseId, list) -> {
            if (managerPhases.contains(phaseId)) {
                list.forEach(c -> cohortsById.put(c.id(), c));
            }
        });
        Map<Long, List<Participant>> enrolledByCohort = enrolled(dsl, org, cohortsById.keySet());
        Map<Long, List<Participant>> participantsByPhase = new HashMap<>();
        Map<Long, LocalDate> fallbackStart = new HashMap<>();
        Set<Audience> audiencesNeeded = EnumSet.noneOf(Audience.class);
        for (Phase phase : phases) {
            if (!managerPhases.contains(phase.id())) {
                continue;
            }
            List<Participant> members = new ArrayList<>();
            for (CohortDates cohort : participantCohorts.get(phase.id())) {
                LocalDate start = candidate != null ? candidate.startsOn() : cohort.startsOn();
                String name = candidate != null ? candidate.name() : cohort.name();
                enrolledByCohort.getOrDefault(cohort.id(), List.of()).forEach(p -> members.add(p.in(name, start)));
            }
            if (members.isEmpty()) {
                audiencesNeeded.addAll(audiencesOf(phase.kind()));
                GateFacts.StartingCohort first = reference.get(phase.id()).getFirst();
                fallbackStart.put(phase.id(), first.startsOn());
            }
            participantsByPhase.put(phase.id(), members);
        }
        if (!audiencesNeeded.isEmpty()) {
            Map<Audience, List<Participant>> byAudience = audiencePeople(dsl, org, audiencesNeeded);
            for (Phase phase : phases) {
                LocalDate start = fallbackStart.get(phase.id());
                if (start == null) {
                    continue;
                }
                String name = reference.get(phase.id()).getFirst().name();
                List<Participant> members = participantsByPhase.get(phase.id());
                audiencesOf(phase.kind()).forEach(a -> byAudience.getOrDefault(a, List.of()).forEach(p -> members.add(p.in(name, start))));
            }
        }
        Map<Long, Set<Long>> managersByProgram = new HashMap<>();
        for (Phase phase : phases) {
            participantsByPhase.getOrDefault(phase.id(), List.of()).stream().map(Participant::managerId)
                    .filter(Objects::nonNull)
                    .forEach(id -> managersByProgram.computeIfAbsent(phase.programId(), k -> new HashSet<>()).add(id));
        }
        Map<Long, Map<Long, List<LocalDate>>> finished = finishedTrainings(dsl, org, managersByProgram);

        Map<Long, List<GateFacts.Tool>> tools = toolFacts(dsl, org, programIds);
        Map<Long, List<GateFacts.Attestation>> attestations = new HashMap<>();
        dsl.selectFrom(GATE_ATTESTATION)
                .where(GATE_ATTESTATION.ORGANIZATION_ID.eq(org).and(GATE_ATTESTATION.PHASE_ID.in(phaseIds)))
                .orderBy(GATE_ATTESTATION.ID)
                .forEach(row -> attestations.computeIfAbsent(row.getPhaseId(), k -> new ArrayList<>()).add(new GateFacts.Attestation(
                        GateConditionKind.valueOf(row.getKind()), row.getEvidenceUrl(), row.getAttestedOn(), row.getAudience(),
                        row.getNote(), row.getAttestedBy())));
        Map<Long, GateOverride> overrides = new HashMap<>();
        dsl.selectFrom(GATE_OVERRIDE)
                .where(GATE_OVERRIDE.ORGANIZATION_ID.eq(org).and(GATE_OVERRIDE.PHASE_ID.in(phaseIds)))
                .orderBy(GATE_OVERRIDE.ID)
                .forEach(row -> overrides.put(row.getPhaseId(), new GateOverride(row.getJustification(), row.getOverriddenBy(),
                        row.getCreatedAt().atOffset(ZoneOffset.UTC))));
        Map<Long, Integer> storyCounts = new HashMap<>();
        Map<Long, LocalDate> latestStory = new HashMap<>();
        dsl.select(SUCCESS_STORY.PROGRAM_ID, DSL.count(), DSL.max(SUCCESS_STORY.RECORDED_ON))
                .from(SUCCESS_STORY)
                .where(SUCCESS_STORY.ORGANIZATION_ID.eq(org).and(SUCCESS_STORY.PROGRAM_ID.in(programIds))
                        .and(SUCCESS_STORY.RECORDED_ON.le(today)))
                .groupBy(SUCCESS_STORY.PROGRAM_ID)
                .forEach(row -> {
                    storyCounts.put(row.value1(), row.value2());
                    latestStory.put(row.value1(), row.value3());
                });

        for (Phase phase : phases) {
            Map<Long, List<LocalDate>> managerDays = finished.getOrDefault(phase.programId(), Map.of());
            List<ManagerReadiness.TeamMember> members = participantsByPhase.getOrDefault(phase.id(), List.of()).stream()
                    .map(p -> p.toTeamMember(p.managerId() == null ? List.of() : managerDays.getOrDefault(p.managerId(), List.of())))
                    .toList();
            result.put(phase.id(), new GateFacts(phase.kind(), today, reference.get(phase.id()),
                    tools.getOrDefault(phase.programId(), List.of()), members,
                    attestations.getOrDefault(phase.id(), List.of()),
                    storyCounts.getOrDefault(phase.programId(), 0), latestStory.get(phase.programId()),
                    overrides.get(phase.id())));
        }
        return result;
    }

    /** A planned participant with their manager, placed in a cohort. */
    record Participant(long personId, String name, Long managerId, String managerName, String cohortName, LocalDate startsOn) {
        Participant in(String cohort, LocalDate start) {
            return new Participant(personId, name, managerId, managerName, cohort, start);
        }

        ManagerReadiness.TeamMember toTeamMember(List<LocalDate> managerFinishedOn) {
            return new ManagerReadiness.TeamMember(personId, name, managerId, managerName, managerFinishedOn, cohortName, startsOn);
        }
    }

    /** The participants of these cohorts with their managers, by cohort. */
    Map<Long, List<Participant>> enrolled(DSLContext dsl, long org, Collection<Long> cohortIds) {
        Map<Long, List<Participant>> result = new HashMap<>();
        if (cohortIds.isEmpty()) {
            return result;
        }
        Person p = PERSON.as("p");
        Person m = PERSON.as("m");
        dsl.select(ENROLLMENT.COHORT_ID, p.ID, p.DISPLAY_NAME, p.MANAGER_ID, m.DISPLAY_NAME, m.TITLE)
                .from(ENROLLMENT)
                .join(p).on(p.ID.eq(ENROLLMENT.PERSON_ID))
                .leftJoin(m).on(m.ID.eq(p.MANAGER_ID))
                .where(ENROLLMENT.ORGANIZATION_ID.eq(org).and(ENROLLMENT.COHORT_ID.in(cohortIds)))
                .forEach(row -> result.computeIfAbsent(row.value1(), k -> new ArrayList<>()).add(new Participant(
                        row.value2(), row.value3(), row.value4(), managerName(row.value5(), row.value6()), null, null)));
        return result;
    }

    private Map<Audience, List<Participant>> audiencePeople(DSLContext dsl, long org, Set<Audience> audiences) {
        Person p = PERSON.as("p");
        Person m = PERSON.as("m");
        Map<Audience, List<Participant>> result = new HashMap<>();
        dsl.select(p.AUDIENCE, p.ID, p.DISPLAY_NAME, p.MANAGER_ID, m.DISPLAY_NAME, m.TITLE)
                .from(p)
                .leftJoin(m).on(m.ID.eq(p.MANAGER_ID))
                .where(p.ORGANIZATION_ID.eq(org).and(p.AUDIENCE.in(audiences.stream().map(Enum::name).toList())))
                .forEach(row -> result.computeIfAbsent(Audience.valueOf(row.value1()), k -> new ArrayList<>()).add(new Participant(
                        row.value2(), row.value3(), row.value4(), managerName(row.value5(), row.value6()), null, null)));
        return result;
    }

    /** For each program, the days each of these people finished a training (a completed enrollment) in it. */
    Map<Long, Map<Long, List<LocalDate>>> finishedTrainings(DSLContext dsl, long org, Map<Long, Set<Long>> peopleByProgram) {
        Map<Long, Map<Long, List<LocalDate>>> result = new HashMap<>();
        Set<Long> people = peopleByProgram.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        if (people.isEmpty()) {
            return result;
        }
        dsl.select(COHORT.PROGRAM_ID, ENROLLMENT.PERSON_ID, ENROLLMENT.COMPLETED_AT)
                .from(ENROLLMENT).join(COHORT).on(COHORT.ID.eq(ENROLLMENT.COHORT_ID))
                .where(ENROLLMENT.ORGANIZATION_ID.eq(org)
                        .and(COHORT.PROGRAM_ID.in(peopleByProgram.keySet()))
                        .and(ENROLLMENT.PERSON_ID.in(people))
                        .and(ENROLLMENT.STATUS.eq("COMPLETED"))
                        .and(ENROLLMENT.COMPLETED_AT.isNotNull()))
                .forEach(row -> result.computeIfAbsent(row.value1(), k -> new HashMap<>())
                        .computeIfAbsent(row.value2(), k -> new ArrayList<>()).add(row.value3().toLocalDate()));
        return result;
    }

    /** Each program's tools with their audiences, in deployment order. */
    public Map<Long, List<AiTool>> tools(DSLContext dsl, long org, Collection<Long> programIds) {
        Map<Long, List<Audience>> audiences = new HashMap<>();
        dsl.select(AI_TOOL_AUDIENCE.TOOL_ID, AI_TOOL_AUDIENCE.AUDIENCE)
                .from(AI_TOOL_AUDIENCE).join(AI_TOOL).on(AI_TOOL.ID.eq(AI_TOOL_AUDIENCE.TOOL_ID))
                .where(AI_TOOL.ORGANIZATION_ID.eq(org).and(AI_TOOL.PROGRAM_ID.in(programIds)))
                .orderBy(AI_TOOL_AUDIENCE.AUDIENCE)
                .forEach(row -> audiences.computeIfAbsent(row.value1(), k -> new ArrayList<>()).add(Audience.valueOf(row.value2())));
        Map<Long, List<AiTool>> result = new LinkedHashMap<>();
        dsl.selectFrom(AI_TOOL)
                .where(AI_TOOL.ORGANIZATION_ID.eq(org).and(AI_TOOL.PROGRAM_ID.in(programIds)))
                .orderBy(AI_TOOL.DEPLOYED_ON, AI_TOOL.ID)
                .forEach(row -> result.computeIfAbsent(row.getProgramId(), k -> new ArrayList<>()).add(new AiTool(row.getId(),
                        row.getProgramId(), row.getName(), audiences.getOrDefault(row.getId(), List.of()), row.getDeployedOn())));
        return result;
    }

    public List<AiTool> toolsById(DSLContext dsl, long org, Collection<Long> ids) {
        Set<Long> programIds = new HashSet<>(dsl.select(AI_TOOL.PROGRAM_ID).from(AI_TOOL)
                .where(AI_TOOL.ORGANIZATION_ID.eq(org).and(AI_TOOL.ID.in(ids))).fetch(AI_TOOL.PROGRAM_ID));
        return tools(dsl, org, programIds).values().stream().flatMap(List::stream).filter(t -> ids.contains(t.id())).toList();
    }

    public Map<Long, List<GateFacts.Tool>> toolFacts(DSLContext dsl, long org, Collection<Long> programIds) {
        Map<Long, List<GateFacts.Tool>> result = new HashMap<>();
        tools(dsl, org, programIds).forEach((programId, list) -> result.put(programId, list.stream()
                .map(t -> new GateFacts.Tool(t.name(), Set.copyOf(t.audiences()), t.deployedOn())).toList()));
        return result;
    }

    /** The participants of these cohorts by cohort, each with their manager's finished trainings in the cohort's program. */
    public Map<Long, List<ManagerReadiness.TeamMember>> teamMembers(DSLContext dsl, long org, Collection<CohortDates> cohorts) {
        Map<Long, CohortDates> byId = cohorts.stream().collect(Collectors.toMap(CohortDates::id, c -> c));
        Map<Long, List<Participant>> enrolled = enrolled(dsl, org, byId.keySet());
        Map<Long, Set<Long>> managersByProgram = new HashMap<>();
        enrolled.forEach((cohortId, list) -> list.stream().map(Participant::managerId).filter(Objects::nonNull)
                .forEach(id -> managersByProgram.computeIfAbsent(byId.get(cohortId).programId(), k -> new HashSet<>()).add(id)));
        Map<Long, Map<Long, List<LocalDate>>> finished = finishedTrainings(dsl, org, managersByProgram);
        Map<Long, List<ManagerReadiness.TeamMember>> members = new HashMap<>();
        enrolled.forEach((cohortId, list) -> {
            CohortDates cohort = byId.get(cohortId);
            Map<Long, List<LocalDate>> days = finished.getOrDefault(cohort.programId(), Map.of());
            members.put(cohortId, list.stream()
                    .map(p -> p.in(cohort.name(), cohort.startsOn()).toTeamMember(p.managerId() == null ? List.of() : days.getOrDefault(p.managerId(), List.of())))
                    .sorted(Comparator.comparing(ManagerReadiness.TeamMember::personId))
                    .toList());
        });
        return members;
    }

    /** How ready each cohort's participants' managers are, judged within the cohort. */
    public Map<Long, List<ManagerReadiness.ManagerCheck>> readinessByCohort(DSLContext dsl, long org, Collection<Long> cohortIds) {
        List<CohortDates> cohorts = dsl.select(COHORT.ID, COHORT.PROGRAM_ID, COHORT.PHASE_ID, COHORT.NAME, COHORT.STARTS_ON, COHORT.ENDS_ON)
                .from(COHORT)
                .where(COHORT.ORGANIZATION_ID.eq(org).and(COHORT.ID.in(cohortIds)))
                .fetch(row -> new CohortDates(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6()));
        Map<Long, List<ManagerReadiness.ManagerCheck>> result = new HashMap<>();
        teamMembers(dsl, org, cohorts).forEach((cohortId, members) -> result.put(cohortId, ManagerReadiness.check(members)));
        return result;
    }

    private List<Audience> audiencesOf(PhaseKind kind) {
        return catalog.phase(kind).map(StandardPhase::audiences).orElse(List.of());
    }

    private static String managerName(String name, String title) {
        if (name == null) {
            return null;
        }
        return title == null ? name : name + " (" + title + ")";
    }
}
