package dev.praxis.plugins;

import dev.praxis.cohort.CohortRepository;
import org.jooq.DSLContext;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import static dev.praxis.db.Tables.EXTERNAL_COMPLETION;

/**
 * When people are added or get an external id, vendor records that matched nobody before are
 * matched to them, and those about linked catalog items become module completions.
 */
public final class LearnerRematch {
    private final SyncRepository repository = new SyncRepository();
    private final CohortRepository cohorts = new CohortRepository();

    /** In the caller's transaction. */
    public void afterPeopleChanged(DSLContext tx, long organizationId, Collection<Long> personIds, LocalDateTime now) {
        List<Long> matched = repository.rematch(tx, organizationId, personIds);
        if (!matched.isEmpty()) {
            List<Long> people = repository.recordModuleCompletions(tx, organizationId, EXTERNAL_COMPLETION.PERSON_ID.in(matched), now);
            cohorts.refreshProgress(tx, organizationId, people);
        }
    }
}
