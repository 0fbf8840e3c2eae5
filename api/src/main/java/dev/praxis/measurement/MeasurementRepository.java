package dev.praxis.measurement;

import dev.praxis.cohort.EnrollmentStatus;
import dev.praxis.framework.Audience;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.praxis.db.Tables.ASSESSMENT;
import static dev.praxis.db.Tables.BEHAVIOR_CHECK_RESPONSE;
import static dev.praxis.db.Tables.COHORT;
import static dev.praxis.db.Tables.ENROLLMENT;
import static dev.praxis.db.Tables.KPI_MEASUREMENT;
import static dev.praxis.db.Tables.MANAGER_OBSERVATION;
import static dev.praxis.db.Tables.MODULE;
import static dev.praxis.db.Tables.SURVEY_RESPONSE;
import static dev.praxis.db.Tables.TARGET_BEHAVIOR;
import static dev.praxis.db.Tables.TOOL_USAGE;
import static dev.praxis.db.Tables.TRACK;

/**
 * The measurement figures, each one aggregate query for all the scopes of a batch (GROUP BY the
 * scope's column, COUNT ... FILTER, AVG), always within one organization.
 */
public final class MeasurementRepository {

    /** A fact table whose rows carry program, track and cohort, and the date that the filter's range applies to. */
    private record Facts(Field<Long> organization, Field<Long> program, Field<Long> track, Field<Long> cohort,
                         Field<LocalDate> date) {

        Field<Long> scope(ScopeLevel level) {
            return switch (level) {
                case PROGRAM -> program;
                case TRACK -> track;
                case COHORT -> cohort;
            };
        }

        Condition where(long organizationId, Scope.Group group, Collection<Long> ids) {
            return organization.eq(organizationId)
                    .and(scope(group.level()).in(ids))
                    .and(audience(organizationId, track, group.filter().audience()))
                    .and(dateRange(date, group.filter()));
        }
    }

    private static final Facts SURVEYS = new Facts(SURVEY_RESPONSE.ORGANIZATION_ID, SURVEY_RESPONSE.PROGRAM_ID,
            SURVEY_RESPONSE.TRACK_ID, SURVEY_RESPONSE.COHORT_ID, SURVEY_RESPONSE.RESPONDED_ON);
    private static final Facts ASSESSMENTS = new Facts(ASSESSMENT.ORGANIZATION_ID, ASSESSMENT.PROGRAM_ID,
            ASSESSMENT.TRACK_ID, ASSESSMENT.COHORT_ID, ASSESSMENT.ASSESSED_ON);
    private static final Facts CHECKS = new Facts(BEHAVIOR_CHECK_RESPONSE.ORGANIZATION_ID, BEHAVIOR_CHECK_RESPONSE.PROGRAM_ID,
            BEHAVIOR_CHECK_RESPONSE.TRACK_ID, BEHAVIOR_CHECK_RESPONSE.COHORT_ID, BEHAVIOR_CHECK_RESPONSE.ANSWERED_ON);

    public Map<Long, ReactionSummary> reaction(DSLContext dsl, long organizationId, Scope.Group group, Collection<Long> ids) {
        Field<Long> scope = SURVEYS.scope(group.level());
        Map<Long, ReactionSummary> result = new HashMap<>();
        dsl.select(scope, DSL.count(), DSL.avg(SURVEY_RESPONSE.RELEVANCE), DSL.avg(SURVEY_RESPONSE.CONFIDENCE),
                        DSL.count().filterWhere(SURVEY_RESPONSE.NPS.ge(9)), DSL.count().filterWhere(SURVEY_RESPONSE.NPS.le(6)),
                        DSL.count().filterWhere(SURVEY_RESPONSE.MISSING_GIVEN.isTrue()))
                .from(SURVEY_RESPONSE)
                .where(SURVEYS.where(organizationId, group, ids))
                .groupBy(scope)
                .forEach(row -> result.put(row.value1(), new ReactionSummary(row.value2(), decimal(row.value3()),
                        decimal(row.value4()), row.value5(), row.value6(), row.value7())));
        return result;
    }

    public Map<Long, LearningSummary> learning(DSLContext dsl, long organizationId, Scope.Group group, Collection<Long> ids) {
        Field<Long> scopeColumn = ASSESSMENTS.scope(group.level());
        Field<Long> scope = scopeColumn.as("scope_id");
        Field<BigDecimal> pre = DSL.avg(ASSESSMENT.SCORE).filterWhere(ASSESSMENT.KIND.eq("PRE")).as("pre");
        Field<BigDecimal> post = DSL.avg(ASSESSMENT.SCORE).filterWhere(ASSESSMENT.KIND.eq("POST")).as("post");
        Field<BigDecimal> exerciseSum = sumOf("EXERCISE").as("exercise_sum");
        Field<Integer> exerciseCount = DSL.count().filterWhere(ASSESSMENT.KIND.eq("EXERCISE")).as("exercise_n");
        Field<BigDecimal> scenarioSum = sumOf("SCENARIO").as("scenario_sum");
        Field<Integer> scenarioCount = DSL.count().filterWhere(ASSESSMENT.KIND.eq("SCENARIO")).as("scenario_n");
        Field<BigDecimal> peerSum = sumOf("PEER_TEACHING").as("peer_sum");
        Field<Integer> peerCount = DSL.count().filterWhere(ASSESSMENT.KIND.eq("PEER_TEACHING")).as("peer_n");
        Field<Integer> rows = DSL.count().as("row_n");
        Table<?> perPair = dsl.select(scope, ASSESSMENT.PERSON_ID, pre, post, exerciseSum, exerciseCount, scenarioSum,
                        scenarioCount, peerSum, peerCount, rows)
                .from(ASSESSMENT)
                .where(ASSESSMENTS.where(organizationId, group, ids))
                .groupBy(scopeColumn, ASSESSMENT.PERSON_ID, ASSESSMENT.COHORT_ID, ASSESSMENT.MODULE_ID)   // NULLs group together: the track as a whole
                .asTable("per_pair");
        Field<Long> pairScope = perPair.field(scope);
        Field<BigDecimal> pairPre = perPair.field(pre);
        Field<BigDecimal> pairPost = perPair.field(post);
        Map<Long, LearningSummary> result = new HashMap<>();
        dsl.select(pairScope, DSL.countDistinct(perPair.field(ASSESSMENT.PERSON_ID)), DSL.sum(perPair.field(rows)),
                        DSL.avg(pairPre), DSL.avg(pairPost), DSL.avg(pairPost.minus(pairPre)),
                        DSL.count().filterWhere(pairPre.isNotNull().and(pairPost.isNotNull())),
                        DSL.sum(perPair.field(exerciseSum)), DSL.sum(perPair.field(exerciseCount)),
                        DSL.sum(perPair.field(scenarioSum)), DSL.sum(perPair.field(scenarioCount)),
                        DSL.sum(perPair.field(peerSum)), DSL.sum(perPair.field(peerCount)))
                .from(perPair)
                .groupBy(pairScope)
                .forEach(row -> result.put(row.value1(), new LearningSummary(row.value2(), row.value3().intValue(),
                        decimal(row.value4()), decimal(row.value5()), decimal(row.value6()), row.value7(),
                        mean(row.value8(), row.value9()), mean(row.value10(), row.value11()), mean(row.value12(), row.value13()))));
        return result;
    }

    /** Per scope, the counts of each check day that has answers. */
    public Map<Long, Map<Integer, CheckCounts>> checks(DSLContext dsl, long organizationId, Scope.Group group, Collection<Long> ids) {
        Field<Long> scope = CHECKS.scope(group.level());
        Map<Long, Map<Integer, CheckCounts>> result = new HashMap<>();
        dsl.select(scope, BEHAVIOR_CHECK_RESPONSE.CHECK_DAY, DSL.count(), classified("CONCRETE"), classified("VAGUE"),
                        classified("NONE"))
                .from(BEHAVIOR_CHECK_RESPONSE)
                .where(CHECKS.where(organizationId, group, ids))
                .groupBy(scope, BEHAVIOR_CHECK_RESPONSE.CHECK_DAY)
                .forEach(row -> result.computeIfAbsent(row.value1(), id -> new HashMap<>())
                        .put(row.value2(), new CheckCounts(row.value3(), row.value4(), row.value5(), row.value6())));
        return result;
    }

    /** Per scope and check day, the modules cited concretely at least once, most cited first. */
    public Map<Long, Map<Integer, List<ModuleTransfer>>> citations(DSLContext dsl, long organizationId, Scope.Group group,
                                                                  Collection<Long> ids) {
        Field<Long> scope = CHECKS.scope(group.level());
        Field<Integer> concrete = classified("CONCRETE");
        Map<Long, Map<Integer, List<ModuleTransfer>>> result = new HashMap<>();
        dsl.select(scope, BEHAVIOR_CHECK_RESPONSE.CHECK_DAY, BEHAVIOR_CHECK_RESPONSE.MODULE_ID, concrete, DSL.count())
                .from(BEHAVIOR_CHECK_RESPONSE)
                .where(CHECKS.where(organizationId, group, ids).and(BEHAVIOR_CHECK_RESPONSE.MODULE_ID.isNotNull()))
                .groupBy(scope, BEHAVIOR_CHECK_RESPONSE.CHECK_DAY, BEHAVIOR_CHECK_RESPONSE.MODULE_ID)
                .having(concrete.gt(0))
                .forEach(row -> result.computeIfAbsent(row.value1(), id -> new HashMap<>())
                        .computeIfAbsent(row.value2(), day -> new ArrayList<>())
                        .add(new ModuleTransfer(row.value3(), row.value4(), row.value5())));
        Comparator<ModuleTransfer> mostCited = Comparator.comparingInt(ModuleTransfer::citedConcretely).reversed()
                .thenComparingLong(ModuleTransfer::moduleId);
        result.values().forEach(byDay -> byDay.values().forEach(list -> list.sort(mostCited)));
        return result;
    }

    /** Per module, how often the answers of one check day cite it (from any cohort of its program). */
    public Map<Long, ModuleTransfer> transfers(DSLContext dsl, long organizationId, int day, Collection<Long> moduleIds) {
        Map<Long, ModuleTransfer> result = new HashMap<>();
        dsl.select(BEHAVIOR_CHECK_RESPONSE.MODULE_ID, classified("CONCRETE"), DSL.count())
                .from(BEHAVIOR_CHECK_RESPONSE)
                .where(BEHAVIOR_CHECK_RESPONSE.ORGANIZATION_ID.eq(organizationId)
                        .and(BEHAVIOR_CHECK_RESPONSE.MODULE_ID.in(moduleIds))
                        .and(BEHAVIOR_CHECK_RESPONSE.CHECK_DAY.eq(day)))
                .groupBy(BEHAVIOR_CHECK_RESPONSE.MODULE_ID)
                .forEach(row -> result.put(row.value1(), new ModuleTransfer(row.value1(), row.value2(), row.value3())));
        for (Long id : moduleIds) {
            result.putIfAbsent(id, new ModuleTransfer(id, 0, 0));
        }
        return result;
    }

    /** Observations by managers of participants, dated on or after the participant's cohort started. */
    public Map<Long, Integer> managerObservations(DSLContext dsl, long organizationId, Scope.Group group, Collection<Long> ids) {
        Field<Long> scope = cohortScope(group.level());
        Map<Long, Integer> result = new HashMap<>();
        dsl.select(scope, DSL.countDistinct(MANAGER_OBSERVATION.ID))
                .from(MANAGER_OBSERVATION)
                .join(ENROLLMENT).on(ENROLLMENT.PERSON_ID.eq(MANAGER_OBSERVATION.PERSON_ID))
                .join(COHORT).on(COHORT.ID.eq(ENROLLMENT.COHORT_ID))
                .where(MANAGER_OBSERVATION.ORGANIZATION_ID.eq(organizationId)
                        .and(scope.in(ids))
                        .and(MANAGER_OBSERVATION.OBSERVED_ON.ge(COHORT.STARTS_ON))
                        .and(audience(organizationId, COHORT.TRACK_ID, group.filter().audience()))
                        .and(dateRange(MANAGER_OBSERVATION.OBSERVED_ON, group.filter())))
                .groupBy(scope)
                .forEach(row -> result.put(row.value1(), row.value2()));
        return result;
    }

    /** Participants with at least one day of AI tool use on or after their cohort started. */
    public Map<Long, Integer> activeToolUsers(DSLContext dsl, long organizationId, Scope.Group group, Collection<Long> ids) {
        Field<Long> scope = cohortScope(group.level());
        Map<Long, Integer> result = new HashMap<>();
        dsl.select(scope, DSL.countDistinct(ENROLLMENT.PERSON_ID))
                .from(ENROLLMENT)
                .join(COHORT).on(COHORT.ID.eq(ENROLLMENT.COHORT_ID))
                .where(ENROLLMENT.ORGANIZATION_ID.eq(organizationId)
                        .and(scope.in(ids))
                        .and(audience(organizationId, COHORT.TRACK_ID, group.filter().audience()))
                        .andExists(DSL.selectOne().from(TOOL_USAGE)
                                .where(TOOL_USAGE.PERSON_ID.eq(ENROLLMENT.PERSON_ID)
                                        .and(TOOL_USAGE.USED_ON.ge(COHORT.STARTS_ON))
                                        .and(dateRange(TOOL_USAGE.USED_ON, group.filter())))))
                .groupBy(scope)
                .forEach(row -> result.put(row.value1(), row.value2()));
        return result;
    }

    /** Enrolled and completed participants per program, for the program's completion rate. */
    public Map<Long, int[]> programCompletion(DSLContext dsl, long organizationId, Collection<Long> programIds) {
        Map<Long, int[]> result = new HashMap<>();
        dsl.select(COHORT.PROGRAM_ID, DSL.count(), DSL.count().filterWhere(ENROLLMENT.STATUS.eq(EnrollmentStatus.COMPLETED.name())))
                .from(ENROLLMENT)
                .join(COHORT).on(COHORT.ID.eq(ENROLLMENT.COHORT_ID))
                .where(ENROLLMENT.ORGANIZATION_ID.eq(organizationId).and(COHORT.PROGRAM_ID.in(programIds)))
                .groupBy(COHORT.PROGRAM_ID)
                .forEach(row -> result.put(row.value1(), new int[]{row.value2(), row.value3()}));
        return result;
    }

    /**
     * The latest reading per program, KPI, scope, population and kind (a window function picks it).
     * An audience filter leaves out the readings scoped to another audience.
     */
    public Map<Long, List<KpiReading>> kpiReadings(DSLContext dsl, long organizationId, MeasurementFilter filter,
                                                   Collection<Long> programIds) {
        Field<Integer> rank = DSL.rowNumber().over(DSL.partitionBy(KPI_MEASUREMENT.PROGRAM_ID, KPI_MEASUREMENT.KPI,
                        KPI_MEASUREMENT.SCOPE_KIND, KPI_MEASUREMENT.SCOPE, KPI_MEASUREMENT.POPULATION, KPI_MEASUREMENT.KIND)
                .orderBy(KPI_MEASUREMENT.MEASURED_ON.desc(), KPI_MEASUREMENT.ID.desc())).as("reading_rank");
        Condition audience = filter.audience() == null ? DSL.noCondition()
                : DSL.not(KPI_MEASUREMENT.SCOPE_KIND.eq("AUDIENCE").and(KPI_MEASUREMENT.SCOPE.ne(filter.audience().name())));
        Table<?> ranked = dsl.select(KPI_MEASUREMENT.PROGRAM_ID, KPI_MEASUREMENT.KPI, KPI_MEASUREMENT.SCOPE_KIND,
                        KPI_MEASUREMENT.SCOPE, KPI_MEASUREMENT.POPULATION, KPI_MEASUREMENT.KIND, KPI_MEASUREMENT.KPI_VALUE,
                        KPI_MEASUREMENT.MEASURED_ON, rank)
                .from(KPI_MEASUREMENT)
                .where(KPI_MEASUREMENT.ORGANIZATION_ID.eq(organizationId)
                        .and(KPI_MEASUREMENT.PROGRAM_ID.in(programIds))
                        .and(audience)
                        .and(dateRange(KPI_MEASUREMENT.MEASURED_ON, filter)))
                .asTable("ranked");
        Map<Long, List<KpiReading>> result = new HashMap<>();
        for (Record row : dsl.selectFrom(ranked).where(ranked.field(rank).eq(1)).fetch()) {
            result.computeIfAbsent(row.get(ranked.field(KPI_MEASUREMENT.PROGRAM_ID)), id -> new ArrayList<>())
                    .add(new KpiReading(Kpi.valueOf(row.get(ranked.field(KPI_MEASUREMENT.KPI))),
                            row.get(ranked.field(KPI_MEASUREMENT.SCOPE_KIND)), row.get(ranked.field(KPI_MEASUREMENT.SCOPE)),
                            row.get(ranked.field(KPI_MEASUREMENT.POPULATION)), row.get(ranked.field(KPI_MEASUREMENT.KIND)),
                            row.get(ranked.field(KPI_MEASUREMENT.KPI_VALUE)), row.get(ranked.field(KPI_MEASUREMENT.MEASURED_ON))));
        }
        return result;
    }

    public Map<Long, List<TargetBehavior>> targetBehaviors(DSLContext dsl, long organizationId, Collection<Long> programIds) {
        Map<Long, List<TargetBehavior>> result = new HashMap<>();
        targets(dsl, TARGET_BEHAVIOR.ORGANIZATION_ID.eq(organizationId).and(TARGET_BEHAVIOR.PROGRAM_ID.in(programIds)))
                .forEach(target -> result.computeIfAbsent(target.programId(), id -> new ArrayList<>()).add(target));
        return result;
    }

    public Map<Long, TargetBehavior> targetBehaviorsById(DSLContext dsl, long organizationId, Collection<Long> ids) {
        Map<Long, TargetBehavior> result = new HashMap<>();
        targets(dsl, TARGET_BEHAVIOR.ORGANIZATION_ID.eq(organizationId).and(TARGET_BEHAVIOR.ID.in(ids)))
                .forEach(target -> result.put(target.id(), target));
        return result;
    }

    private static List<TargetBehavior> targets(DSLContext dsl, Condition condition) {
        return dsl.select(TARGET_BEHAVIOR.fields()).select(MODULE.TRACK_ID)
                .from(TARGET_BEHAVIOR)
                .leftJoin(MODULE).on(MODULE.ID.eq(TARGET_BEHAVIOR.MODULE_ID))
                .where(condition)
                .orderBy(TARGET_BEHAVIOR.PROGRAM_ID, TARGET_BEHAVIOR.SEQUENCE)
                .fetch(row -> MeasurementStore.targetBehavior(row.into(TARGET_BEHAVIOR), row.get(MODULE.TRACK_ID)));
    }

    private static Field<Long> cohortScope(ScopeLevel level) {
        return switch (level) {
            case PROGRAM -> COHORT.PROGRAM_ID;
            case TRACK -> COHORT.TRACK_ID;
            case COHORT -> COHORT.ID;
        };
    }

    private static Condition audience(long organizationId, Field<Long> trackColumn, Audience audience) {
        if (audience == null) {
            return DSL.noCondition();
        }
        return trackColumn.in(DSL.select(TRACK.ID).from(TRACK)
                .where(TRACK.ORGANIZATION_ID.eq(organizationId).and(TRACK.AUDIENCE.eq(audience.name()))));
    }

    private static Condition dateRange(Field<LocalDate> date, MeasurementFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.from() != null) {
            condition = condition.and(date.ge(filter.from()));
        }
        if (filter.to() != null) {
            condition = condition.and(date.le(filter.to()));
        }
        return condition;
    }

    private static Field<Integer> classified(String classification) {
        return DSL.count().filterWhere(BEHAVIOR_CHECK_RESPONSE.CLASSIFICATION.eq(classification));
    }

    private static Field<BigDecimal> sumOf(String kind) {
        return DSL.sum(ASSESSMENT.SCORE).filterWhere(ASSESSMENT.KIND.eq(kind));
    }

    private static Double decimal(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static Double mean(BigDecimal sum, BigDecimal count) {
        return sum == null || count == null || count.signum() == 0 ? null : sum.doubleValue() / count.doubleValue();
    }
}
