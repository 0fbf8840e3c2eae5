package dev.praxis.cohort;

import dev.praxis.db.tables.records.CohortRecord;
import dev.praxis.db.tables.records.EnrollmentRecord;
import dev.praxis.framework.Audience;
import dev.praxis.framework.Specialty;
import dev.praxis.graphql.relay.KeysetPaging;
import dev.praxis.graphql.relay.Page;
import dev.praxis.graphql.relay.PageRequest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.praxis.db.Tables.COHORT;
import static dev.praxis.db.Tables.COMPLETION;
import static dev.praxis.db.Tables.ENROLLMENT;
import static dev.praxis.db.Tables.MODULE;
import static dev.praxis.db.Tables.PERSON;
import static dev.praxis.db.Tables.TRACK;

/** Reads and writes cohorts and enrollments, always within one organization. */
public final class CohortRepository {

    public Map<Long, Cohort> byIds(DSLContext dsl, long organizationId, Collection<Long> ids) {
        return dsl.selectFrom(COHORT)
                .where(COHORT.ORGANIZATION_ID.eq(organizationId).and(COHORT.ID.in(ids)))
                .fetchMap(COHORT.ID, CohortRepository::cohort);
    }

    public Map<Long, Page<Cohort>> pagesPerProgram(DSLContext dsl, long organizationId, Collection<Long> programIds,
                                                   PageRequest page, CohortFilter filter) {
        return KeysetPaging.pagePerParent(dsl, COHORT, COHORT.ID, COHORT.PROGRAM_ID, programIds,
                COHORT.ORGANIZATION_ID.eq(organizationId).and(filter.condition()), page, CohortRepository::cohort);
    }

    public Map<Long, Integer> countsPerProgram(DSLContext dsl, long organizationId, Collection<Long> programIds, CohortFilter filter) {
        return KeysetPaging.countPerParent(dsl, COHORT, COHORT.PROGRAM_ID, programIds,
                COHORT.ORGANIZATION_ID.eq(organizationId).and(filter.condition()));
    }

    public Map<Long, Page<Cohort>> pagesPerTrack(DSLContext dsl, long organizationId, Collection<Long> trackIds, PageRequest page) {
        return KeysetPaging.pagePerParent(dsl, COHORT, COHORT.ID, COHORT.TRACK_ID, trackIds,
                COHORT.ORGANIZATION_ID.eq(organizationId), page, CohortRepository::cohort);
    }

    public Map<Long, Integer> countsPerTrack(DSLContext dsl, long organizationId, Collection<Long> trackIds) {
        return KeysetPaging.countPerParent(dsl, COHORT, COHORT.TRACK_ID, trackIds, COHORT.ORGANIZATION_ID.eq(organizationId));
    }

    public Map<Long, Page<Enrollment>> enrollmentPagesPerCohort(DSLContext dsl, long organizationId, Collection<Long> cohortIds,
                                                                PageRequest page) {
        return KeysetPaging.pagePerParent(dsl, ENROLLMENT, ENROLLMENT.ID, ENROLLMENT.COHORT_ID, cohortIds,
                ENROLLMENT.ORGANIZATION_ID.eq(organizationId), page, CohortRepository::enrollment);
    }

    public Map<Long, CohortStats> statsPerCohort(DSLContext dsl, long organizationId, Collection<Long> cohortIds) {
        Map<Long, CohortStats> stats = new HashMap<>();
        dsl.select(ENROLLMENT.COHORT_ID, DSL.count(), DSL.count().filterWhere(ENROLLMENT.STATUS.eq(EnrollmentStatus.COMPLETED.name())))
                .from(ENROLLMENT)
                .where(ENROLLMENT.ORGANIZATION_ID.eq(organizationId).and(ENROLLMENT.COHORT_ID.in(cohortIds)))
                .groupBy(ENROLLMENT.COHORT_ID)
                .forEach(row -> stats.put(row.value1(), new CohortStats(row.value2(), row.value3())));
        return stats;
    }

    public Map<Long, List<Enrollment>> enrollmentsPerPerson(DSLContext dsl, long organizationId, Collection<Long> personIds) {
        return dsl.selectFrom(ENROLLMENT)
                .where(ENROLLMENT.ORGANIZATION_ID.eq(organizationId).and(ENROLLMENT.PERSON_ID.in(personIds)))
                .orderBy(ENROLLMENT.ID)
                .fetch(CohortRepository::enrollment).stream()
                .collect(Collectors.groupingBy(Enrollment::personId));
    }

    public Cohort create(DSLContext tx, long organizationId, long programId, long trackId, long phaseId, String name,
                         LocalDate startsOn, LocalDate endsOn, LocalDateTime now) {
        CohortRecord row = tx.newRecord(COHORT);
        row.setOrganizationId(organizationId);
        row.setProgramId(programId);
        row.setTrackId(trackId);
        row.setPhaseId(phaseId);
        row.setName(name);
        row.setStartsOn(startsOn);
        row.setEndsOn(endsOn);
        row.setCreatedAt(now);
        row.store();
        return cohort(row);
    }

    /** Enrolls people not yet in the cohort; returns how many were added. */
    public int enroll(DSLContext tx, long organizationId, long cohortId, Collection<Long> personIds, LocalDateTime now) {
        var insert = tx.insertInto(ENROLLMENT, ENROLLMENT.ORGANIZATION_ID, ENROLLMENT.COHORT_ID, ENROLLMENT.PERSON_ID,
                ENROLLMENT.STATUS, ENROLLMENT.ENROLLED_AT);
        for (Long personId : personIds) {
            insert = insert.values(organizationId, cohortId, personId, EnrollmentStatus.ENROLLED.name(), now);
        }
        return insert.onDuplicateKeyIgnore().execute();
    }

    /**
     * Recomputes the status of every enrollment of these people from their completions, in a few
     * set-based statements (enrollments with their tracks, the tracks' modules, the completions).
     */
    public void refreshProgress(DSLContext tx, long organizationId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        var enrollments = tx.select(ENROLLMENT.ID, ENROLLMENT.PERSON_ID, ENROLLMENT.STATUS, ENROLLMENT.COMPLETED_AT,
                        COHORT.TRACK_ID, TRACK.AUDIENCE, PERSON.SPECIALTY)
                .from(ENROLLMENT)
                .join(COHORT).on(COHORT.ID.eq(ENROLLMENT.COHORT_ID))
                .join(TRACK).on(TRACK.ID.eq(COHORT.TRACK_ID))
                .join(PERSON).on(PERSON.ID.eq(ENROLLMENT.PERSON_ID))
                .where(ENROLLMENT.ORGANIZATION_ID.eq(organizationId).and(ENROLLMENT.PERSON_ID.in(personIds)))
                .fetch();
        if (enrollments.isEmpty()) {
            return;
        }
        Map<Long, List<EnrollmentProgress.TrackModule>> modulesByTrack = tx.select(MODULE.ID, MODULE.TRACK_ID, MODULE.SPECIALTY)
                .from(MODULE)
                .where(MODULE.ORGANIZATION_ID.eq(organizationId).and(MODULE.TRACK_ID.in(enrollments.getValues(COHORT.TRACK_ID))))
                .fetch().stream()
                .collect(Collectors.groupingBy(row -> row.value2(), Collectors.mapping(row -> new EnrollmentProgress.TrackModule(
                        row.value1(), row.value3() == null ? null : Specialty.valueOf(row.value3())), Collectors.toList())));
        Map<Long, Map<Long, LocalDateTime>> completedByPerson = new HashMap<>();
        tx.select(COMPLETION.PERSON_ID, COMPLETION.MODULE_ID, COMPLETION.COMPLETED_AT)
                .from(COMPLETION)
                .where(COMPLETION.ORGANIZATION_ID.eq(organizationId).and(COMPLETION.PERSON_ID.in(personIds)))
                .forEach(row -> completedByPerson.computeIfAbsent(row.value1(), id -> new HashMap<>()).put(row.value2(), row.value3()));
        List<Object[]> changes = new ArrayList<>();
        for (var row : enrollments) {
            EnrollmentProgress.Progress progress = EnrollmentProgress.of(
                    Audience.valueOf(row.get(TRACK.AUDIENCE)),
                    modulesByTrack.getOrDefault(row.get(COHORT.TRACK_ID), List.of()),
                    row.get(PERSON.SPECIALTY) == null ? null : Specialty.valueOf(row.get(PERSON.SPECIALTY)),
                    completedByPerson.getOrDefault(row.get(ENROLLMENT.PERSON_ID), Map.of()));
            boolean changed = !progress.status().name().equals(row.get(ENROLLMENT.STATUS))
                    || !java.util.Objects.equals(progress.completedAt(), row.get(ENROLLMENT.COMPLETED_AT));
            if (changed) {
                changes.add(new Object[]{progress.status().name(), progress.completedAt(), row.get(ENROLLMENT.ID)});
            }
        }
        if (!changes.isEmpty()) {
            var batch = tx.batch(tx.update(ENROLLMENT)
                    .set(ENROLLMENT.STATUS, (String) null)
                    .set(ENROLLMENT.COMPLETED_AT, (LocalDateTime) null)
                    .where(ENROLLMENT.ID.eq((Long) null)));
            changes.forEach(batch::bind);
            batch.execute();
        }
    }

    static Cohort cohort(CohortRecord row) {
        return new Cohort(row.getId(), row.getProgramId(), row.getTrackId(), row.getPhaseId(), row.getName(),
                row.getStartsOn(), row.getEndsOn());
    }

    static Enrollment enrollment(EnrollmentRecord row) {
        return new Enrollment(row.getId(), row.getCohortId(), row.getPersonId(), EnrollmentStatus.valueOf(row.getStatus()),
                row.getCompletedAt() == null ? null : row.getCompletedAt().atOffset(ZoneOffset.UTC));
    }
}
