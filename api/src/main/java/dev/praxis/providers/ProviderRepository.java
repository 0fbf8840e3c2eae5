package dev.praxis.providers;

import dev.praxis.db.tables.records.ProviderRecord;
import dev.praxis.framework.Audience;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.praxis.db.Tables.BUDGET;
import static dev.praxis.db.Tables.MODULE;
import static dev.praxis.db.Tables.PROVIDER;
import static dev.praxis.db.Tables.TRACK;
import static dev.praxis.db.Tables.TRACK_PROVIDER;

/** Reads and writes providers and which track each delivers, within one organization. */
public final class ProviderRepository {

    public List<Provider> all(DSLContext dsl, long org) {
        return dsl.selectFrom(PROVIDER).where(PROVIDER.ORGANIZATION_ID.eq(org)).orderBy(PROVIDER.NAME, PROVIDER.ID)
                .fetch(ProviderRepository::provider);
    }

    public Map<Long, Provider> byIds(DSLContext dsl, long org, Collection<Long> ids) {
        return dsl.selectFrom(PROVIDER).where(PROVIDER.ORGANIZATION_ID.eq(org).and(PROVIDER.ID.in(ids)))
                .fetchMap(PROVIDER.ID, ProviderRepository::provider);
    }

    public boolean nameTaken(DSLContext dsl, long org, String name) {
        return dsl.fetchExists(PROVIDER, PROVIDER.ORGANIZATION_ID.eq(org).and(PROVIDER.NAME.eq(name)));
    }

    public Provider create(DSLContext tx, long org, String name, ProviderCategory category, LocalDateTime now) {
        ProviderRecord row = tx.newRecord(PROVIDER);
        row.setOrganizationId(org);
        row.setName(name);
        row.setCategory(category.name());
        row.setCreatedAt(now);
        row.store();
        return provider(row);
    }

    /** Names the provider of a track; null clears it. */
    public void setTrackProvider(DSLContext tx, long org, long trackId, Long providerId) {
        if (providerId == null) {
            tx.deleteFrom(TRACK_PROVIDER).where(TRACK_PROVIDER.ORGANIZATION_ID.eq(org).and(TRACK_PROVIDER.TRACK_ID.eq(trackId))).execute();
            return;
        }
        tx.insertInto(TRACK_PROVIDER)
                .set(TRACK_PROVIDER.TRACK_ID, trackId)
                .set(TRACK_PROVIDER.ORGANIZATION_ID, org)
                .set(TRACK_PROVIDER.PROVIDER_ID, providerId)
                .onDuplicateKeyUpdate()
                .set(TRACK_PROVIDER.PROVIDER_ID, providerId)
                .execute();
    }

    /** The provider of each track that has one. */
    public Map<Long, Provider> providersOfTracks(DSLContext dsl, long org, Collection<Long> trackIds) {
        Map<Long, Provider> result = new HashMap<>();
        dsl.select(TRACK_PROVIDER.TRACK_ID, PROVIDER.ID, PROVIDER.NAME, PROVIDER.CATEGORY)
                .from(TRACK_PROVIDER).join(PROVIDER).on(PROVIDER.ID.eq(TRACK_PROVIDER.PROVIDER_ID))
                .where(TRACK_PROVIDER.ORGANIZATION_ID.eq(org).and(TRACK_PROVIDER.TRACK_ID.in(trackIds)))
                .forEach(row -> result.put(row.value1(), new Provider(row.value2(), row.value3(), ProviderCategory.valueOf(row.value4()))));
        return result;
    }

    /** What the fit rules need to know about each track: audience, module counts, the program's change-management budget. */
    public Map<Long, ProviderFit.TrackFacts> trackFacts(DSLContext dsl, long org, Collection<Long> trackIds) {
        Map<Long, ProviderFit.TrackFacts> result = new HashMap<>();
        dsl.select(TRACK.ID, TRACK.AUDIENCE, DSL.count(MODULE.ID), DSL.count(MODULE.ID).filterWhere(MODULE.BUSINESS_CONTEXT.isNull()),
                        BUDGET.CHANGE_MANAGEMENT_AMOUNT)
                .from(TRACK)
                .leftJoin(MODULE).on(MODULE.TRACK_ID.eq(TRACK.ID))
                .leftJoin(BUDGET).on(BUDGET.PROGRAM_ID.eq(TRACK.PROGRAM_ID))
                .where(TRACK.ORGANIZATION_ID.eq(org).and(TRACK.ID.in(trackIds)))
                .groupBy(TRACK.ID, TRACK.AUDIENCE, BUDGET.CHANGE_MANAGEMENT_AMOUNT)
                .forEach(row -> result.put(row.value1(), new ProviderFit.TrackFacts(Audience.valueOf(row.value2()), row.value3(),
                        row.value4(), row.value5())));
        return result;
    }

    static Provider provider(ProviderRecord row) {
        return new Provider(row.getId(), row.getName(), ProviderCategory.valueOf(row.getCategory()));
    }
}
