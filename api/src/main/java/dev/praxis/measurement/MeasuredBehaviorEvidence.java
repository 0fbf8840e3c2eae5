package dev.praxis.measurement;

import dev.praxis.diagnostics.BehaviorEvidence;
import dev.praxis.diagnostics.BehaviorEvidenceSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import static dev.praxis.db.Tables.BEHAVIOR_CHECK_RESPONSE;
import static dev.praxis.db.Tables.TARGET_BEHAVIOR;

/**
 * Feeds the diagnostics and the budget with what measurement recorded: how many target
 * behaviours a program defined, how many people answered its 90-day check, and how many of them
 * named no concrete application in any of their cohorts (null until someone answered). Two
 * grouped queries for any number of programs.
 */
public final class MeasuredBehaviorEvidence implements BehaviorEvidenceSource {

    @Override
    public Map<Long, BehaviorEvidence> forPrograms(DSLContext dsl, long organizationId, Collection<Long> programIds) {
        Map<Long, Integer> targets = new HashMap<>();
        dsl.select(TARGET_BEHAVIOR.PROGRAM_ID, DSL.count())
                .from(TARGET_BEHAVIOR)
                .where(TARGET_BEHAVIOR.ORGANIZATION_ID.eq(organizationId).and(TARGET_BEHAVIOR.PROGRAM_ID.in(programIds)))
                .groupBy(TARGET_BEHAVIOR.PROGRAM_ID)
                .forEach(row -> targets.put(row.value1(), row.value2()));
        Map<Long, int[]> answers = new HashMap<>();
        dsl.select(BEHAVIOR_CHECK_RESPONSE.PROGRAM_ID,
                        DSL.countDistinct(BEHAVIOR_CHECK_RESPONSE.PERSON_ID),
                        DSL.countDistinct(DSL.when(BEHAVIOR_CHECK_RESPONSE.CLASSIFICATION.eq("CONCRETE"), BEHAVIOR_CHECK_RESPONSE.PERSON_ID)))
                .from(BEHAVIOR_CHECK_RESPONSE)
                .where(BEHAVIOR_CHECK_RESPONSE.ORGANIZATION_ID.eq(organizationId)
                        .and(BEHAVIOR_CHECK_RESPONSE.PROGRAM_ID.in(programIds))
                        .and(BEHAVIOR_CHECK_RESPONSE.CHECK_DAY.eq(90)))
                .groupBy(BEHAVIOR_CHECK_RESPONSE.PROGRAM_ID)
                .forEach(row -> answers.put(row.value1(), new int[]{row.value2(), row.value3()}));
        Map<Long, BehaviorEvidence> result = new HashMap<>();
        for (Long programId : programIds) {
            int[] counts = answers.getOrDefault(programId, new int[]{0, 0});
            // Nobody answered yet: how many did not apply anything is unknown, not zero.
            Integer withoutConcrete = counts[0] == 0 ? null : counts[0] - counts[1];
            result.put(programId, new BehaviorEvidence(targets.getOrDefault(programId, 0), counts[0], withoutConcrete));
        }
        return result;
    }
}
