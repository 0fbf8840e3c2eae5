package dev.praxis.roadmap;

import dev.praxis.db.tables.records.PhaseRecord;
import dev.praxis.framework.PhaseKind;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.praxis.db.Tables.COHORT;
import static dev.praxis.db.Tables.PHASE;

/** Reads a program's phases and derives their status from their cohorts' dates. */
public final class PhaseRepository {

    public Map<Long, List<Phase>> phasesByProgram(DSLContext dsl, long organizationId, Collection<Long> programIds) {
        return dsl.selectFrom(PHASE)
                .where(PHASE.ORGANIZATION_ID.eq(organizationId).and(PHASE.PROGRAM_ID.in(programIds)))
                .orderBy(PHASE.SEQUENCE)
                .fetch(PhaseRepository::phase).stream()
                .collect(Collectors.groupingBy(Phase::programId));
    }

    public Map<Long, Phase> phasesById(DSLContext dsl, long organizationId, Collection<Long> ids) {
        return dsl.selectFrom(PHASE)
                .where(PHASE.ORGANIZATION_ID.eq(organizationId).and(PHASE.ID.in(ids)))
                .fetchMap(PHASE.ID, PhaseRepository::phase);
    }

    public Map<Long, PhaseStatus> statusByPhase(DSLContext dsl, long organizationId, Collection<Long> phaseIds, LocalDate today) {
        Map<Long, PhaseStatus> result = new HashMap<>();
        dsl.select(COHORT.PHASE_ID,
                        DSL.count(),
                        DSL.count().filterWhere(COHORT.STARTS_ON.le(today)),
                        DSL.count().filterWhere(COHORT.ENDS_ON.lt(today)))
                .from(COHORT)
                .where(COHORT.ORGANIZATION_ID.eq(organizationId).and(COHORT.PHASE_ID.in(phaseIds)))
                .groupBy(COHORT.PHASE_ID)
                .forEach(row -> result.put(row.value1(), PhaseStatus.of(row.value2(), row.value3(), row.value4())));
        phaseIds.forEach(id -> result.putIfAbsent(id, PhaseStatus.PLANNED));
        return result;
    }

    static Phase phase(PhaseRecord row) {
        return new Phase(row.getId(), row.getProgramId(), PhaseKind.valueOf(row.getKind()), row.getSequence(),
                row.getPlannedStartMonth(), row.getPlannedEndMonth());
    }
}
