package dev.praxis.measurement;

import dev.praxis.db.tables.records.ManagerObservationRecord;
import dev.praxis.db.tables.records.TargetBehaviorRecord;
import dev.praxis.framework.Audience;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static dev.praxis.db.Tables.ASSESSMENT;
import static dev.praxis.db.Tables.BEHAVIOR_CHECK_RESPONSE;
import static dev.praxis.db.Tables.KPI_MEASUREMENT;
import static dev.praxis.db.Tables.MANAGER_OBSERVATION;
import static dev.praxis.db.Tables.SURVEY_RESPONSE;
import static dev.praxis.db.Tables.TARGET_BEHAVIOR;
import static dev.praxis.db.Tables.TOOL_USAGE;

/** Writes measurement rows in batches; callers validate first and call these inside one transaction. */
public final class MeasurementStore {

    /** Where an answer was given: the cohort with its program and track, copied onto every row. */
    public record Place(long programId, long trackId, long cohortId) {
    }

    public record SurveyRow(Place place, Long moduleId, long personId, int relevance, int confidence, int nps,
                            String missing, LocalDate respondedOn) {
    }

    public record AssessmentRow(Place place, Long moduleId, long personId, String kind, BigDecimal score,
                                LocalDate assessedOn) {
    }

    public record CheckRow(Place place, long personId, int day, String answer, String classification, Long moduleId,
                           LocalDate answeredOn) {
    }

    public record ToolUsageRow(long personId, String tool, LocalDate usedOn, Integer activeMinutes) {
    }

    public record KpiRow(long programId, Kpi kpi, String scopeKind, String scope, String population, String kind,
                         double value, LocalDate measuredOn) {
    }

    public record TargetRow(String description, String measure, Double target, TargetMetric metric, Audience audience,
                            Long moduleId) {
    }

    public void insertSurveys(DSLContext tx, long organizationId, List<SurveyRow> rows, LocalDateTime now) {
        if (rows.isEmpty()) {
            return;
        }
        var batch = tx.batch(tx.insertInto(SURVEY_RESPONSE, SURVEY_RESPONSE.ORGANIZATION_ID, SURVEY_RESPONSE.PROGRAM_ID,
                        SURVEY_RESPONSE.TRACK_ID, SURVEY_RESPONSE.COHORT_ID, SURVEY_RESPONSE.MODULE_ID, SURVEY_RESPONSE.PERSON_ID,
                        SURVEY_RESPONSE.RELEVANCE, SURVEY_RESPONSE.CONFIDENCE, SURVEY_RESPONSE.NPS, SURVEY_RESPONSE.MISSING,
                        SURVEY_RESPONSE.MISSING_GIVEN, SURVEY_RESPONSE.RESPONDED_ON, SURVEY_RESPONSE.RECORDED_AT)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null));
        for (SurveyRow row : rows) {
            batch.bind(organizationId, row.place().programId(), row.place().trackId(), row.place().cohortId(), row.moduleId(),
                    row.personId(), row.relevance(), row.confidence(), row.nps(), row.missing(), row.missing() != null,
                    row.respondedOn(), now);
        }
        batch.execute();
    }

    public void insertAssessments(DSLContext tx, long organizationId, List<AssessmentRow> rows, LocalDateTime now) {
        if (rows.isEmpty()) {
            return;
        }
        var batch = tx.batch(tx.insertInto(ASSESSMENT, ASSESSMENT.ORGANIZATION_ID, ASSESSMENT.PROGRAM_ID, ASSESSMENT.TRACK_ID,
                        ASSESSMENT.COHORT_ID, ASSESSMENT.MODULE_ID, ASSESSMENT.PERSON_ID, ASSESSMENT.KIND, ASSESSMENT.SCORE,
                        ASSESSMENT.ASSESSED_ON, ASSESSMENT.RECORDED_AT)
                .values((Long) null, null, null, null, null, null, null, null, null, null));
        for (AssessmentRow row : rows) {
            batch.bind(organizationId, row.place().programId(), row.place().trackId(), row.place().cohortId(), row.moduleId(),
                    row.personId(), row.kind(), row.score(), row.assessedOn(), now);
        }
        batch.execute();
    }

    /** A participant's answer to a check day replaces an earlier one for the same cohort and day. */
    public void upsertChecks(DSLContext tx, long organizationId, List<CheckRow> rows, LocalDateTime now) {
        if (rows.isEmpty()) {
            return;
        }
        var batch = tx.batch(tx.insertInto(BEHAVIOR_CHECK_RESPONSE, BEHAVIOR_CHECK_RESPONSE.ORGANIZATION_ID,
                        BEHAVIOR_CHECK_RESPONSE.PROGRAM_ID, BEHAVIOR_CHECK_RESPONSE.TRACK_ID, BEHAVIOR_CHECK_RESPONSE.COHORT_ID,
                        BEHAVIOR_CHECK_RESPONSE.PERSON_ID, BEHAVIOR_CHECK_RESPONSE.CHECK_DAY, BEHAVIOR_CHECK_RESPONSE.ANSWER,
                        BEHAVIOR_CHECK_RESPONSE.CLASSIFICATION, BEHAVIOR_CHECK_RESPONSE.MODULE_ID,
                        BEHAVIOR_CHECK_RESPONSE.ANSWERED_ON, BEHAVIOR_CHECK_RESPONSE.RECORDED_AT)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null)
                .onDuplicateKeyUpdate()
                .set(BEHAVIOR_CHECK_RESPONSE.ANSWER, DSL.excluded(BEHAVIOR_CHECK_RESPONSE.ANSWER))
                .set(BEHAVIOR_CHECK_RESPONSE.CLASSIFICATION, DSL.excluded(BEHAVIOR_CHECK_RESPONSE.CLASSIFICATION))
                .set(BEHAVIOR_CHECK_RESPONSE.MODULE_ID, DSL.excluded(BEHAVIOR_CHECK_RESPONSE.MODULE_ID))
                .set(BEHAVIOR_CHECK_RESPONSE.ANSWERED_ON, DSL.excluded(BEHAVIOR_CHECK_RESPONSE.ANSWERED_ON))
                .set(BEHAVIOR_CHECK_RESPONSE.RECORDED_AT, DSL.excluded(BEHAVIOR_CHECK_RESPONSE.RECORDED_AT)));
        for (CheckRow row : rows) {
            batch.bind(organizationId, row.place().programId(), row.place().trackId(), row.place().cohortId(), row.personId(),
                    row.day(), row.answer(), row.classification(), row.moduleId(), row.answeredOn(), now);
        }
        batch.execute();
    }

    public ManagerObservation insertObservation(DSLContext tx, long organizationId, long managerId, long personId,
                                                String behavior, LocalDate observedOn, LocalDateTime now) {
        ManagerObservationRecord row = tx.newRecord(MANAGER_OBSERVATION);
        row.setOrganizationId(organizationId);
        row.setManagerId(managerId);
        row.setPersonId(personId);
        row.setBehavior(behavior);
        row.setObservedOn(observedOn);
        row.setRecordedAt(now);
        row.store();
        return new ManagerObservation(row.getId(), managerId, personId, behavior, observedOn);
    }

    /** One row per person, tool and day; a repeated day replaces the minutes. */
    public void upsertToolUsage(DSLContext tx, long organizationId, List<ToolUsageRow> rows, LocalDateTime now) {
        if (rows.isEmpty()) {
            return;
        }
        var batch = tx.batch(tx.insertInto(TOOL_USAGE, TOOL_USAGE.ORGANIZATION_ID, TOOL_USAGE.PERSON_ID, TOOL_USAGE.TOOL_NAME,
                        TOOL_USAGE.USED_ON, TOOL_USAGE.ACTIVE_MINUTES, TOOL_USAGE.RECORDED_AT)
                .values((Long) null, null, null, null, null, null)
                .onDuplicateKeyUpdate()
                .set(TOOL_USAGE.ACTIVE_MINUTES, DSL.excluded(TOOL_USAGE.ACTIVE_MINUTES))
                .set(TOOL_USAGE.RECORDED_AT, DSL.excluded(TOOL_USAGE.RECORDED_AT)));
        for (ToolUsageRow row : rows) {
            batch.bind(organizationId, row.personId(), row.tool(), row.usedOn(), row.activeMinutes(), now);
        }
        batch.execute();
    }

    public void insertKpis(DSLContext tx, long organizationId, List<KpiRow> rows, LocalDateTime now) {
        if (rows.isEmpty()) {
            return;
        }
        var batch = tx.batch(tx.insertInto(KPI_MEASUREMENT, KPI_MEASUREMENT.ORGANIZATION_ID, KPI_MEASUREMENT.PROGRAM_ID,
                        KPI_MEASUREMENT.KPI, KPI_MEASUREMENT.SCOPE_KIND, KPI_MEASUREMENT.SCOPE, KPI_MEASUREMENT.POPULATION,
                        KPI_MEASUREMENT.KIND, KPI_MEASUREMENT.KPI_VALUE, KPI_MEASUREMENT.MEASURED_ON, KPI_MEASUREMENT.RECORDED_AT)
                .values((Long) null, null, null, null, null, null, null, null, null, null));
        for (KpiRow row : rows) {
            batch.bind(organizationId, row.programId(), row.kpi().name(), row.scopeKind(), row.scope(), row.population(),
                    row.kind(), row.value(), row.measuredOn(), now);
        }
        batch.execute();
    }

    /** Replaces the program's whole set of target behaviours. */
    public void replaceTargets(DSLContext tx, long organizationId, long programId, List<TargetRow> rows, LocalDateTime now) {
        tx.deleteFrom(TARGET_BEHAVIOR)
                .where(TARGET_BEHAVIOR.ORGANIZATION_ID.eq(organizationId).and(TARGET_BEHAVIOR.PROGRAM_ID.eq(programId)))
                .execute();
        var insert = tx.insertInto(TARGET_BEHAVIOR, TARGET_BEHAVIOR.ORGANIZATION_ID, TARGET_BEHAVIOR.PROGRAM_ID,
                TARGET_BEHAVIOR.SEQUENCE, TARGET_BEHAVIOR.DESCRIPTION, TARGET_BEHAVIOR.MEASURE, TARGET_BEHAVIOR.TARGET,
                TARGET_BEHAVIOR.METRIC, TARGET_BEHAVIOR.AUDIENCE, TARGET_BEHAVIOR.MODULE_ID, TARGET_BEHAVIOR.CREATED_AT);
        for (int i = 0; i < rows.size(); i++) {
            TargetRow row = rows.get(i);
            insert = insert.values(organizationId, programId, i + 1, row.description(), row.measure(), row.target(),
                    row.metric() == null ? null : row.metric().name(), row.audience() == null ? null : row.audience().name(),
                    row.moduleId(), now);
        }
        insert.execute();
    }

    static TargetBehavior targetBehavior(TargetBehaviorRecord row, Long moduleTrackId) {
        return new TargetBehavior(row.getId(), row.getProgramId(), row.getSequence(), row.getDescription(), row.getMeasure(),
                row.getTarget(), row.getMetric() == null ? null : TargetMetric.valueOf(row.getMetric()),
                row.getAudience() == null ? null : Audience.valueOf(row.getAudience()), row.getModuleId(), moduleTrackId);
    }
}
