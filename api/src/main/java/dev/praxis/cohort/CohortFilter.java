package dev.praxis.cohort;

import dev.praxis.framework.Audience;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.time.LocalDate;

import static dev.praxis.db.Tables.COHORT;
import static dev.praxis.db.Tables.TRACK;

/** The filter of {@code Program.cohorts}; parts combine with AND. */
public record CohortFilter(Long trackId, Long phaseId, Audience audience, LocalDate startsOnOrAfter,
                           LocalDate startsOnOrBefore) {
    public static final CohortFilter NONE = new CohortFilter(null, null, null, null, null);

    Condition condition() {
        Condition condition = DSL.noCondition();
        if (trackId != null) {
            condition = condition.and(COHORT.TRACK_ID.eq(trackId));
        }
        if (phaseId != null) {
            condition = condition.and(COHORT.PHASE_ID.eq(phaseId));
        }
        if (audience != null) {
            condition = condition.and(COHORT.TRACK_ID.in(DSL.select(TRACK.ID).from(TRACK).where(TRACK.AUDIENCE.eq(audience.name()))));
        }
        if (startsOnOrAfter != null) {
            condition = condition.and(COHORT.STARTS_ON.ge(startsOnOrAfter));
        }
        if (startsOnOrBefore != null) {
            condition = condition.and(COHORT.STARTS_ON.le(startsOnOrBefore));
        }
        return condition;
    }
}
