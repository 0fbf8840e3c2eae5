package dev.praxis.diagnostics;

import org.jooq.DSLContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the diagnostics and the budget read behaviour data from. The measurement area (target
 * behaviours, 90-day checks) plugs in its own implementation; until then {@link #NONE} answers
 * "not recorded" for every program.
 */
public interface BehaviorEvidenceSource {

    BehaviorEvidenceSource NONE = (dsl, organizationId, programIds) -> {
        Map<Long, BehaviorEvidence> result = new HashMap<>();
        programIds.forEach(id -> result.put(id, BehaviorEvidence.unavailable()));
        return result;
    };

    /** Evidence for each program asked for (an unavailable one where nothing is known). */
    Map<Long, BehaviorEvidence> forPrograms(DSLContext dsl, long organizationId, Collection<Long> programIds);
}
