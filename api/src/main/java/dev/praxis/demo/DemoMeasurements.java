package dev.praxis.demo;

import dev.praxis.framework.Audience;
import dev.praxis.measurement.CheckDay;
import dev.praxis.measurement.Kpi;
import dev.praxis.measurement.MeasurementStore;
import dev.praxis.measurement.MeasurementStore.Place;
import dev.praxis.measurement.TargetMetric;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.praxis.db.Tables.COHORT;
import static dev.praxis.db.Tables.ENROLLMENT;
import static dev.praxis.db.Tables.MODULE;
import static dev.praxis.db.Tables.PERSON;
import static dev.praxis.db.Tables.TRACK;
import static java.util.Objects.requireNonNull;

/**
 * The demo program's measurement data: surveys, assessments, the 30/60/90-day checks, manager
 * observations, tool use, KPIs and target behaviours, with a realistic spread. Cohorts whose
 * track was given a business context transfer better; the executives and the second business-leader
 * wave pass the 90-day check and the first wave fails it; modules with a business context get cited, some
 * generic ones never are. Only cohorts that ended at least {@code day} days before the as-of date
 * have that check's answers. Deterministic for a given random source.
 */
final class DemoMeasurements {
    /** Share of concrete answers per track audience and check day (rising from 30 to 90 days where the content fits). */
    private static final Map<Audience, double[]> CONCRETE_SHARE = Map.of(
            Audience.EXECUTIVE, new double[]{0.55, 0.62, 0.70},
            Audience.BUSINESS_LEADER, new double[]{0.40, 0.48, 0.45},
            Audience.PRACTITIONER, new double[]{0.65, 0.70, 0.75},
            Audience.PROFESSIONAL, new double[]{0.50, 0.55, 0.60});
    /** How likely each module (by sequence) is to be the one a concrete answer cites; zero = never cited. */
    private static final Map<Audience, int[]> CITATION_WEIGHTS = Map.of(
            Audience.EXECUTIVE, new int[]{5, 3, 0, 0},
            Audience.BUSINESS_LEADER, new int[]{6, 1, 2, 0},
            Audience.PRACTITIONER, new int[]{1, 1, 1, 1},   // a practitioner cites the deep track of their specialty
            Audience.PROFESSIONAL, new int[]{6, 4, 1, 0});
    private static final List<String> CONCRETE = List.of(
            "Used the assistant to draft the supplier risk summary, then checked every figure against the ledger.",
            "Scoped a forecasting use case with the data team and wrote the success measure before the pilot.",
            "Asked two vendors for their evaluation data before the renewal, using the checklist from the course.",
            "Caught an invented citation in an AI-drafted memo and rewrote the section from the source.");
    private static final List<String> VAGUE = List.of(
            "I think about AI more when planning.", "I use it sometimes for emails.", "It changed how I see our projects.");
    private static final List<String> NONE = List.of("Nothing yet.", "No time to try it so far.", "Not applicable to my work.");

    private final Random random;
    private final LocalDate asOf;
    private final MeasurementStore store = new MeasurementStore();

    DemoMeasurements(Random random, LocalDate asOf) {
        this.random = requireNonNull(random, "random is null");
        this.asOf = requireNonNull(asOf, "asOf is null");
    }

    private record DemoCohort(Place place, Audience audience, LocalDate startsOn, LocalDate endsOn) {
    }

    /**
     * The first business-leader wave learned from generic cases and does not transfer; the later
     * waves each brought a use case from their own backlog and do (20 points more).
     */
    private static double concreteShare(DemoCohort cohort, int dayIndex, long firstLeaderCohort) {
        double share = CONCRETE_SHARE.get(cohort.audience())[dayIndex];
        boolean laterLeaderWave = cohort.audience() == Audience.BUSINESS_LEADER && cohort.place().cohortId() != firstLeaderCohort;
        return laterLeaderWave ? share + 0.20 : share;
    }

    private record Participant(long personId, Long managerId, String status, String specialty) {
    }

    void generate(DSLContext dsl, long org, long programId) {
        LocalDateTime now = asOf.atStartOfDay();
        List<DemoCohort> cohorts = dsl.select(COHORT.ID, COHORT.TRACK_ID, COHORT.STARTS_ON, COHORT.ENDS_ON, TRACK.AUDIENCE)
                .from(COHORT).join(TRACK).on(TRACK.ID.eq(COHORT.TRACK_ID))
                .where(COHORT.ORGANIZATION_ID.eq(org).and(COHORT.PROGRAM_ID.eq(programId)))
                .orderBy(COHORT.ID)
                .fetch(row -> new DemoCohort(new Place(programId, row.value2(), row.value1()), Audience.valueOf(row.value5()),
                        row.value3(), row.value4()));
        long firstLeaderCohort = cohorts.stream().filter(c -> c.audience() == Audience.BUSINESS_LEADER)
                .mapToLong(c -> c.place().cohortId()).min().orElse(-1);
        Map<Long, List<Participant>> participants = new HashMap<>();
        dsl.select(ENROLLMENT.COHORT_ID, ENROLLMENT.PERSON_ID, PERSON.MANAGER_ID, ENROLLMENT.STATUS, PERSON.SPECIALTY)
                .from(ENROLLMENT).join(PERSON).on(PERSON.ID.eq(ENROLLMENT.PERSON_ID))
                .where(ENROLLMENT.ORGANIZATION_ID.eq(org).and(ENROLLMENT.COHORT_ID.in(cohorts.stream().map(c -> c.place().cohortId()).toList())))
                .orderBy(ENROLLMENT.ID)
                .forEach(row -> participants.computeIfAbsent(row.value1(), id -> new ArrayList<>())
                        .add(new Participant(row.value2(), row.value3(), row.value4(), row.value5())));
        Map<Long, List<Long>> modulesByTrack = new HashMap<>();
        Map<String, Long> moduleBySpecialty = new HashMap<>();
        dsl.select(MODULE.TRACK_ID, MODULE.ID, MODULE.SPECIALTY).from(MODULE)
                .where(MODULE.ORGANIZATION_ID.eq(org).and(MODULE.TRACK_ID.in(cohorts.stream().map(c -> c.place().trackId()).distinct().toList())))
                .orderBy(MODULE.TRACK_ID, MODULE.SEQUENCE)
                .forEach(row -> {
                    modulesByTrack.computeIfAbsent(row.value1(), id -> new ArrayList<>()).add(row.value2());
                    if (row.value3() != null) {
                        moduleBySpecialty.put(row.value3(), row.value2());
                    }
                });

        List<MeasurementStore.SurveyRow> surveys = new ArrayList<>();
        List<MeasurementStore.AssessmentRow> assessments = new ArrayList<>();
        List<MeasurementStore.CheckRow> checks = new ArrayList<>();
        List<MeasurementStore.ToolUsageRow> usage = new ArrayList<>();
        List<long[]> observations = new ArrayList<>();
        List<LocalDate> observedOn = new ArrayList<>();
        for (DemoCohort cohort : cohorts) {
            if (cohort.startsOn().isAfter(asOf)) {
                continue;
            }
            List<Long> modules = modulesByTrack.getOrDefault(cohort.place().trackId(), List.of());
            LocalDate reported = cohort.endsOn() == null || cohort.endsOn().isAfter(asOf) ? asOf : cohort.endsOn();
            for (Participant participant : participants.getOrDefault(cohort.place().cohortId(), List.of())) {
                if (!"ENROLLED".equals(participant.status()) && random.nextDouble() < 0.8) {
                    int relevance = clamp(cohort.audience() == Audience.BUSINESS_LEADER ? 3 + random.nextInt(2) - random.nextInt(2)
                            : 4 + random.nextInt(2) - random.nextInt(2), 1, 5);
                    surveys.add(new MeasurementStore.SurveyRow(cohort.place(), modules.isEmpty() ? null : modules.get(random.nextInt(modules.size())),
                            participant.personId(), relevance, clamp(relevance - random.nextInt(2), 1, 5),
                            clamp(relevance * 2 + random.nextInt(3) - 1, 0, 10),
                            random.nextDouble() < 0.15 ? "More practice on our own data, less on the slides." : null, reported));
                }
                if (random.nextDouble() < 0.9) {
                    int pre = 35 + random.nextInt(30);
                    assessments.add(new MeasurementStore.AssessmentRow(cohort.place(), null, participant.personId(), "PRE",
                            BigDecimal.valueOf(pre), cohort.startsOn()));
                    if ("COMPLETED".equals(participant.status())) {
                        assessments.add(new MeasurementStore.AssessmentRow(cohort.place(), null, participant.personId(), "POST",
                                BigDecimal.valueOf(Math.min(100, pre + 10 + random.nextInt(30))), reported));
                        assessments.add(new MeasurementStore.AssessmentRow(cohort.place(), null, participant.personId(),
                                cohort.audience() == Audience.EXECUTIVE ? "SCENARIO" : "EXERCISE",
                                BigDecimal.valueOf(60 + random.nextInt(41)), reported));
                    }
                }
                if (random.nextDouble() < 0.6) {
                    String tool = cohort.audience() == Audience.PRACTITIONER ? "Internal LLM gateway" : "Copilot";
                    int days = 3 + random.nextInt(10);
                    long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(cohort.startsOn(), asOf));
                    java.util.Set<LocalDate> used = new java.util.TreeSet<>();
                    for (int d = 0; d < days; d++) {
                        used.add(cohort.startsOn().plusDays(random.nextLong(span)));
                    }
                    used.forEach(day -> usage.add(new MeasurementStore.ToolUsageRow(participant.personId(), tool, day, 10 + random.nextInt(80))));
                }
            }
            if (cohort.endsOn() == null) {
                continue;
            }
            for (int index = 0; index < CheckDay.DAYS.size(); index++) {
                int day = CheckDay.DAYS.get(index);
                LocalDate opens = CheckDay.earliestAnswer(cohort.endsOn(), day);
                if (opens.isAfter(asOf)) {
                    continue;
                }
                List<Participant> respondents = new ArrayList<>(participants.getOrDefault(cohort.place().cohortId(), List.of()));
                Collections.shuffle(respondents, random);
                respondents = respondents.subList(0, (int) Math.round(respondents.size() * (0.7 + 0.2 * random.nextDouble())));
                int concrete = (int) Math.round(respondents.size() * concreteShare(cohort, index, firstLeaderCohort));
                int vague = (respondents.size() - concrete) * 2 / 3;
                for (int i = 0; i < respondents.size(); i++) {
                    Participant respondent = respondents.get(i);
                    String classification = i < concrete ? "CONCRETE" : i < concrete + vague ? "VAGUE" : "NONE";
                    LocalDate answeredOn = opens.plusDays(random.nextInt(7));
                    if (answeredOn.isAfter(asOf)) {
                        answeredOn = asOf;
                    }
                    Long cited = switch (classification) {
                        case "CONCRETE" -> respondent.specialty() != null ? moduleBySpecialty.get(respondent.specialty())
                                : cite(modules, CITATION_WEIGHTS.get(cohort.audience()));
                        case "VAGUE" -> random.nextDouble() < 0.3 ? cite(modules, CITATION_WEIGHTS.get(cohort.audience())) : null;
                        default -> null;
                    };
                    List<String> texts = switch (classification) {
                        case "CONCRETE" -> CONCRETE;
                        case "VAGUE" -> VAGUE;
                        default -> NONE;
                    };
                    checks.add(new MeasurementStore.CheckRow(cohort.place(), respondent.personId(), day,
                            texts.get(random.nextInt(texts.size())), classification, cited, answeredOn));
                    if (day == 90 && i < concrete && respondent.managerId() != null && random.nextDouble() < 0.5) {
                        observations.add(new long[]{respondent.managerId(), respondent.personId()});
                        observedOn.add(answeredOn.minusDays(3 + random.nextInt(10)));
                    }
                }
            }
        }
        store.insertSurveys(dsl, org, surveys, now);
        store.insertAssessments(dsl, org, assessments, now);
        store.upsertChecks(dsl, org, checks, now);
        store.upsertToolUsage(dsl, org, usage, now);
        for (int i = 0; i < observations.size(); i++) {
            store.insertObservation(dsl, org, observations.get(i)[0], observations.get(i)[1],
                    "Brought a worked AI example to the team meeting and explained how it was checked.", observedOn.get(i), now);
        }
        kpis(dsl, org, programId, now);
        targets(dsl, org, programId, modulesByTrack, cohorts, now);
    }

    private void kpis(DSLContext dsl, long org, long programId, LocalDateTime now) {
        LocalDate baseline = asOf.minusMonths(6);
        LocalDate current = asOf.minusDays(7);
        store.insertKpis(dsl, org, List.of(
                new MeasurementStore.KpiRow(programId, Kpi.USE_CASE_IDENTIFICATION_RATE, "AUDIENCE", "BUSINESS_LEADER", "TRAINED", "BASELINE", 0.4, baseline),
                new MeasurementStore.KpiRow(programId, Kpi.USE_CASE_IDENTIFICATION_RATE, "AUDIENCE", "BUSINESS_LEADER", "TRAINED", "CURRENT", 1.3, current),
                new MeasurementStore.KpiRow(programId, Kpi.USE_CASE_IDENTIFICATION_RATE, "AUDIENCE", "BUSINESS_LEADER", "UNTRAINED", "BASELINE", 0.4, baseline),
                new MeasurementStore.KpiRow(programId, Kpi.USE_CASE_IDENTIFICATION_RATE, "AUDIENCE", "BUSINESS_LEADER", "UNTRAINED", "CURRENT", 0.6, current),
                new MeasurementStore.KpiRow(programId, Kpi.AI_PROJECT_VELOCITY, "DEPARTMENT", "Engineering", "ALL", "BASELINE", 2, baseline),
                new MeasurementStore.KpiRow(programId, Kpi.AI_PROJECT_VELOCITY, "DEPARTMENT", "Engineering", "ALL", "CURRENT", 3, current),
                new MeasurementStore.KpiRow(programId, Kpi.AI_ASSISTED_ERROR_RATE, "TEAM", "Data & Analytics", "ALL", "BASELINE", 0.14, baseline),
                new MeasurementStore.KpiRow(programId, Kpi.AI_ASSISTED_ERROR_RATE, "TEAM", "Data & Analytics", "ALL", "CURRENT", 0.09, current),
                new MeasurementStore.KpiRow(programId, Kpi.PRODUCTIVITY, "DEPARTMENT", "Finance", "ALL", "BASELINE", 100, baseline)), now);
    }

    private void targets(DSLContext dsl, long org, long programId, Map<Long, List<Long>> modulesByTrack, List<DemoCohort> cohorts,
                         LocalDateTime now) {
        Long leaderTrack = cohorts.stream().filter(c -> c.audience() == Audience.BUSINESS_LEADER).map(c -> c.place().trackId())
                .findFirst().orElse(null);
        Long useCaseModule = leaderTrack == null ? null : modulesByTrack.get(leaderTrack).get(0);
        store.replaceTargets(dsl, org, programId, List.of(
                new MeasurementStore.TargetRow("Participants apply something from the training to a real decision or problem",
                        "Concrete answers at the 90-day check", 0.6, TargetMetric.CONCRETE_SHARE, null, null),
                new MeasurementStore.TargetRow("Business leaders bring scoped AI use cases from their own department",
                        "90-day answers citing the use-case scoping module concretely", 0.4, TargetMetric.MODULE_CITED_SHARE, null, useCaseModule),
                new MeasurementStore.TargetRow("Executives question AI investment cases with evidence",
                        "Concrete executive answers at the 90-day check", 0.6, TargetMetric.CONCRETE_SHARE, Audience.EXECUTIVE, null),
                new MeasurementStore.TargetRow("Managers review their team's AI use once a month",
                        "Attested by the people team each quarter", 0.8, null, null, null)), now);
    }

    private Long cite(List<Long> modules, int[] weights) {
        int total = 0;
        for (int i = 0; i < modules.size() && i < weights.length; i++) {
            total += weights[i];
        }
        if (total == 0) {
            return null;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < modules.size() && i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return modules.get(i);
            }
        }
        return null;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
