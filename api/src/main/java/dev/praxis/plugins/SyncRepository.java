package dev.praxis.plugins;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.praxis.db.tables.records.CatalogItemRecord;
import dev.praxis.db.tables.records.ExternalCompletionRecord;
import dev.praxis.db.tables.records.PluginConnectionRecord;
import dev.praxis.db.tables.records.SyncRunRecord;
import dev.praxis.graphql.relay.KeysetPaging;
import dev.praxis.graphql.relay.Page;
import dev.praxis.graphql.relay.PageRequest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dev.praxis.db.Tables.CATALOG_ITEM;
import static dev.praxis.db.Tables.COMPLETION;
import static dev.praxis.db.Tables.EXTERNAL_COMPLETION;
import static dev.praxis.db.Tables.MODULE;
import static dev.praxis.db.Tables.PERSON;
import static dev.praxis.db.Tables.PLUGIN_CONNECTION;
import static dev.praxis.db.Tables.SYNC_RUN;

/** Reads and writes connections, runs, catalog items and vendor completion records, always within one organization. */
public final class SyncRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {
    };

    /** A connection row with its sealed secrets, for the engine only (never for the API). */
    record StoredConnection(long organizationId, PluginConnection connection, Map<String, String> sealedSecrets,
                            String completionWatermark) {
    }

    // ---- connections

    public List<PluginConnection> connections(DSLContext dsl, long organizationId) {
        return dsl.selectFrom(PLUGIN_CONNECTION).where(PLUGIN_CONNECTION.ORGANIZATION_ID.eq(organizationId))
                .orderBy(PLUGIN_CONNECTION.ID).fetch(SyncRepository::connection);
    }

    public Map<Long, PluginConnection> connectionsByIds(DSLContext dsl, long organizationId, Collection<Long> ids) {
        return dsl.selectFrom(PLUGIN_CONNECTION)
                .where(PLUGIN_CONNECTION.ORGANIZATION_ID.eq(organizationId).and(PLUGIN_CONNECTION.ID.in(ids)))
                .fetchMap(PLUGIN_CONNECTION.ID, SyncRepository::connection);
    }

    StoredConnection stored(DSLContext dsl, long connectionId) {
        PluginConnectionRecord row = dsl.selectFrom(PLUGIN_CONNECTION).where(PLUGIN_CONNECTION.ID.eq(connectionId)).fetchOne();
        return row == null ? null : new StoredConnection(row.getOrganizationId(), connection(row), sealed(row.getSecrets()),
                row.getCompletionWatermark());
    }

    StoredConnection storedByName(DSLContext dsl, long organizationId, String name) {
        PluginConnectionRecord row = dsl.selectFrom(PLUGIN_CONNECTION)
                .where(PLUGIN_CONNECTION.ORGANIZATION_ID.eq(organizationId).and(PLUGIN_CONNECTION.NAME.eq(name))).fetchOne();
        return row == null ? null : new StoredConnection(row.getOrganizationId(), connection(row), sealed(row.getSecrets()),
                row.getCompletionWatermark());
    }

    /** Creates the connection or replaces its settings (by organization and name); returns its id. */
    long saveConnection(DSLContext tx, long organizationId, String pluginId, String name, Map<String, String> plain,
                        Map<String, String> sealedSecrets, String schedule, LocalDateTime now) {
        PluginConnectionRecord row = tx.selectFrom(PLUGIN_CONNECTION)
                .where(PLUGIN_CONNECTION.ORGANIZATION_ID.eq(organizationId).and(PLUGIN_CONNECTION.NAME.eq(name)))
                .forUpdate().fetchOne();
        if (row == null) {
            row = tx.newRecord(PLUGIN_CONNECTION);
            row.setOrganizationId(organizationId);
            row.setName(name);
            row.setCreatedAt(now);
        }
        row.setPluginId(pluginId);
        row.setSettings(json(new TreeMap<>(plain)));
        row.setSecrets(sealedSecrets.isEmpty() ? null : json(new TreeMap<>(sealedSecrets)));
        row.setSchedule(schedule);
        row.setUpdatedAt(now);
        row.store();
        return row.getId();
    }

    /** Connections with a schedule, across organizations (for the scheduler). */
    List<StoredConnection> scheduled(DSLContext dsl) {
        return dsl.selectFrom(PLUGIN_CONNECTION).where(PLUGIN_CONNECTION.SCHEDULE.isNotNull())
                .fetch(row -> new StoredConnection(row.getOrganizationId(), connection(row), Map.of(), row.getCompletionWatermark()));
    }

    // ---- runs

    SyncRun queueRun(DSLContext dsl, long organizationId, long connectionId, String trigger, LocalDateTime now) {
        SyncRunRecord row = dsl.newRecord(SYNC_RUN);
        row.setOrganizationId(organizationId);
        row.setConnectionId(connectionId);
        row.setStatus(SyncStatus.QUEUED.name());
        row.setTriggerKind(trigger);
        row.setQueuedAt(now);
        row.setPages(0);
        row.setFetched(0);
        row.setCreated(0);
        row.setUpdated(0);
        row.setUnchanged(0);
        row.setRejected(0);
        row.store();
        return run(row);
    }

    void markRunning(DSLContext dsl, long runId, LocalDateTime now) {
        dsl.update(SYNC_RUN).set(SYNC_RUN.STATUS, SyncStatus.RUNNING.name()).set(SYNC_RUN.STARTED_AT, now)
                .set(SYNC_RUN.HEARTBEAT_AT, now).where(SYNC_RUN.ID.eq(runId)).execute();
    }

    /** Adds a stored page's counts to the run (in the page's transaction). */
    void addCounts(DSLContext tx, long runId, SyncCounts counts, Long expectedTotal, LocalDateTime now) {
        tx.update(SYNC_RUN)
                .set(SYNC_RUN.PAGES, SYNC_RUN.PAGES.plus(counts.pages()))
                .set(SYNC_RUN.FETCHED, SYNC_RUN.FETCHED.plus(counts.fetched()))
                .set(SYNC_RUN.CREATED, SYNC_RUN.CREATED.plus(counts.created()))
                .set(SYNC_RUN.UPDATED, SYNC_RUN.UPDATED.plus(counts.updated()))
                .set(SYNC_RUN.UNCHANGED, SYNC_RUN.UNCHANGED.plus(counts.unchanged()))
                .set(SYNC_RUN.REJECTED, SYNC_RUN.REJECTED.plus(counts.rejected()))
                .set(SYNC_RUN.EXPECTED_TOTAL, expectedTotal == null ? SYNC_RUN.EXPECTED_TOTAL : DSL.val(expectedTotal))
                .set(SYNC_RUN.HEARTBEAT_AT, now)
                .where(SYNC_RUN.ID.eq(runId)).execute();
    }

    void finishRun(DSLContext dsl, long runId, SyncStatus status, List<String> errors, LocalDateTime now) {
        dsl.update(SYNC_RUN).set(SYNC_RUN.STATUS, status.name()).set(SYNC_RUN.FINISHED_AT, now)
                .set(SYNC_RUN.ERRORS, errors.isEmpty() ? null : json(errors))
                .where(SYNC_RUN.ID.eq(runId)).execute();
    }

    /** Runs left QUEUED or RUNNING by a server that stopped; the caller checks no replica still runs them. */
    List<SyncRun> unfinished(DSLContext dsl) {
        return dsl.selectFrom(SYNC_RUN).where(SYNC_RUN.STATUS.in(SyncStatus.QUEUED.name(), SyncStatus.RUNNING.name()))
                .fetch(SyncRepository::run);
    }

    void saveWatermark(DSLContext tx, long connectionId, String watermark) {
        tx.update(PLUGIN_CONNECTION).set(PLUGIN_CONNECTION.COMPLETION_WATERMARK, watermark)
                .where(PLUGIN_CONNECTION.ID.eq(connectionId)).execute();
    }

    /** The organization a run belongs to (for the events the engine publishes), or null. */
    Long organizationOfRun(DSLContext dsl, long runId) {
        return dsl.select(SYNC_RUN.ORGANIZATION_ID).from(SYNC_RUN).where(SYNC_RUN.ID.eq(runId)).fetchOne(SYNC_RUN.ORGANIZATION_ID);
    }

    public Map<Long, SyncRun> runsByIds(DSLContext dsl, long organizationId, Collection<Long> ids) {
        return dsl.selectFrom(SYNC_RUN).where(SYNC_RUN.ORGANIZATION_ID.eq(organizationId).and(SYNC_RUN.ID.in(ids)))
                .fetchMap(SYNC_RUN.ID, SyncRepository::run);
    }

    public Map<Long, SyncRun> lastRuns(DSLContext dsl, long organizationId, Collection<Long> connectionIds) {
        var last = dsl.select(DSL.max(SYNC_RUN.ID)).from(SYNC_RUN)
                .where(SYNC_RUN.ORGANIZATION_ID.eq(organizationId).and(SYNC_RUN.CONNECTION_ID.in(connectionIds)))
                .groupBy(SYNC_RUN.CONNECTION_ID);
        return dsl.selectFrom(SYNC_RUN).where(SYNC_RUN.ID.in(last))
                .fetchMap(SYNC_RUN.CONNECTION_ID, SyncRepository::run);
    }

    public Map<Long, Page<SyncRun>> runPages(DSLContext dsl, long organizationId, Collection<Long> connectionIds, PageRequest page) {
        PageRequest newestFirst = page;
        return KeysetPaging.pagePerParent(dsl, SYNC_RUN, SYNC_RUN.ID, SYNC_RUN.CONNECTION_ID, connectionIds,
                SYNC_RUN.ORGANIZATION_ID.eq(organizationId), newestFirst, SyncRepository::run);
    }

    public Map<Long, Integer> runCounts(DSLContext dsl, long organizationId, Collection<Long> connectionIds) {
        return KeysetPaging.countPerParent(dsl, SYNC_RUN, SYNC_RUN.CONNECTION_ID, connectionIds, SYNC_RUN.ORGANIZATION_ID.eq(organizationId));
    }

    // ---- catalog items

    public Map<Long, CatalogItem> itemsByIds(DSLContext dsl, long organizationId, Collection<Long> ids) {
        return dsl.selectFrom(CATALOG_ITEM).where(CATALOG_ITEM.ORGANIZATION_ID.eq(organizationId).and(CATALOG_ITEM.ID.in(ids)))
                .fetchMap(CATALOG_ITEM.ID, SyncRepository::item);
    }

    public Map<Long, Page<CatalogItem>> itemPages(DSLContext dsl, long organizationId, Collection<Long> connectionIds, PageRequest page) {
        return KeysetPaging.pagePerParent(dsl, CATALOG_ITEM, CATALOG_ITEM.ID, CATALOG_ITEM.CONNECTION_ID, connectionIds,
                CATALOG_ITEM.ORGANIZATION_ID.eq(organizationId), page, SyncRepository::item);
    }

    public Map<Long, Integer> itemCounts(DSLContext dsl, long organizationId, Collection<Long> connectionIds) {
        return KeysetPaging.countPerParent(dsl, CATALOG_ITEM, CATALOG_ITEM.CONNECTION_ID, connectionIds,
                CATALOG_ITEM.ORGANIZATION_ID.eq(organizationId));
    }

    /** The catalog item linked to each of these modules (modules without one are absent). */
    public Map<Long, CatalogItem> itemsOfModules(DSLContext dsl, long organizationId, Collection<Long> moduleIds) {
        Map<Long, CatalogItem> result = new HashMap<>();
        dsl.select(MODULE.ID, CATALOG_ITEM.asterisk()).from(MODULE).join(CATALOG_ITEM).on(CATALOG_ITEM.ID.eq(MODULE.CATALOG_ITEM_ID))
                .where(MODULE.ORGANIZATION_ID.eq(organizationId).and(MODULE.ID.in(moduleIds)))
                .forEach(row -> result.put(row.get(MODULE.ID), item(row.into(CATALOG_ITEM))));
        return result;
    }

    /** Links a module to a catalog item (null unlinks); false when the module is not this organization's. */
    boolean linkModule(DSLContext tx, long organizationId, long moduleId, Long catalogItemId) {
        return tx.update(MODULE).set(MODULE.CATALOG_ITEM_ID, catalogItemId)
                .where(MODULE.ID.eq(moduleId).and(MODULE.ORGANIZATION_ID.eq(organizationId))).execute() == 1;
    }

    /** Catalog item ids that some module delivers, of these. */
    Set<Long> linkedItems(DSLContext dsl, long organizationId) {
        return Set.copyOf(dsl.selectDistinct(MODULE.CATALOG_ITEM_ID).from(MODULE)
                .where(MODULE.ORGANIZATION_ID.eq(organizationId).and(MODULE.CATALOG_ITEM_ID.isNotNull()))
                .fetch(MODULE.CATALOG_ITEM_ID));
    }

    // ---- unmatched records

    public Map<Long, Page<UnmatchedRecord>> unmatchedPages(DSLContext dsl, long organizationId, Collection<Long> connectionIds,
                                                           PageRequest page) {
        return KeysetPaging.pagePerParent(dsl, EXTERNAL_COMPLETION, EXTERNAL_COMPLETION.ID, EXTERNAL_COMPLETION.CONNECTION_ID,
                connectionIds, unmatched(organizationId), page, SyncRepository::unmatchedRecord);
    }

    public Map<Long, Integer> unmatchedCounts(DSLContext dsl, long organizationId, Collection<Long> connectionIds) {
        return KeysetPaging.countPerParent(dsl, EXTERNAL_COMPLETION, EXTERNAL_COMPLETION.CONNECTION_ID, connectionIds,
                unmatched(organizationId));
    }

    private static Condition unmatched(long organizationId) {
        return EXTERNAL_COMPLETION.ORGANIZATION_ID.eq(organizationId).and(EXTERNAL_COMPLETION.UNMATCHED_REASON.isNotNull());
    }

    /** Per connection: how many of its records are matched to people, and how many of those are done. */
    public Map<Long, int[]> recordCounts(DSLContext dsl, long organizationId, Collection<Long> connectionIds) {
        Map<Long, int[]> counts = new HashMap<>();
        dsl.select(EXTERNAL_COMPLETION.CONNECTION_ID, DSL.count(),
                        DSL.count().filterWhere(EXTERNAL_COMPLETION.PERSON_ID.isNotNull()))
                .from(EXTERNAL_COMPLETION)
                .where(EXTERNAL_COMPLETION.ORGANIZATION_ID.eq(organizationId).and(EXTERNAL_COMPLETION.CONNECTION_ID.in(connectionIds)))
                .groupBy(EXTERNAL_COMPLETION.CONNECTION_ID)
                .forEach(row -> counts.put(row.value1(), new int[]{row.value2(), row.value3()}));
        connectionIds.forEach(id -> counts.putIfAbsent(id, new int[]{0, 0}));
        return counts;
    }

    /**
     * Module completions from vendor records that are done, matched to a person and about an item a
     * module delivers; the earliest time wins, as for any completion. Returns the people affected.
     */
    List<Long> recordModuleCompletions(DSLContext tx, long organizationId, Condition which, LocalDateTime now) {
        var done = EXTERNAL_COMPLETION.ORGANIZATION_ID.eq(organizationId)
                .and(EXTERNAL_COMPLETION.PERSON_ID.isNotNull())
                .and(EXTERNAL_COMPLETION.STATUS.in("COMPLETED", "PASSED"))
                .and(which);
        List<Long> people = tx.selectDistinct(EXTERNAL_COMPLETION.PERSON_ID).from(EXTERNAL_COMPLETION)
                .join(MODULE).on(MODULE.CATALOG_ITEM_ID.eq(EXTERNAL_COMPLETION.CATALOG_ITEM_ID).and(MODULE.ORGANIZATION_ID.eq(organizationId)))
                .where(done).fetch(EXTERNAL_COMPLETION.PERSON_ID);
        if (people.isEmpty()) {
            return people;
        }
        tx.insertInto(COMPLETION, COMPLETION.ORGANIZATION_ID, COMPLETION.PERSON_ID, COMPLETION.MODULE_ID, COMPLETION.COMPLETED_AT,
                        COMPLETION.SCORE, COMPLETION.SOURCE, COMPLETION.RECORDED_AT)
                .select(DSL.select(EXTERNAL_COMPLETION.ORGANIZATION_ID, EXTERNAL_COMPLETION.PERSON_ID, MODULE.ID,
                                DSL.min(EXTERNAL_COMPLETION.COMPLETED_AT), DSL.max(EXTERNAL_COMPLETION.SCORE),
                                DSL.max(PLUGIN_CONNECTION.PLUGIN_ID), DSL.val(now))
                        .from(EXTERNAL_COMPLETION)
                        .join(MODULE).on(MODULE.CATALOG_ITEM_ID.eq(EXTERNAL_COMPLETION.CATALOG_ITEM_ID).and(MODULE.ORGANIZATION_ID.eq(organizationId)))
                        .join(PLUGIN_CONNECTION).on(PLUGIN_CONNECTION.ID.eq(EXTERNAL_COMPLETION.CONNECTION_ID))
                        .where(done)
                        .groupBy(EXTERNAL_COMPLETION.ORGANIZATION_ID, EXTERNAL_COMPLETION.PERSON_ID, MODULE.ID))
                .onDuplicateKeyUpdate()
                .set(COMPLETION.COMPLETED_AT, DSL.least(COMPLETION.COMPLETED_AT, DSL.excluded(COMPLETION.COMPLETED_AT)))
                .set(COMPLETION.SCORE, DSL.coalesce(COMPLETION.SCORE, DSL.excluded(COMPLETION.SCORE)))
                .execute();
        return people;
    }

    /** Matches the organization's unmatched records to these people; returns the matched people. */
    List<Long> rematch(DSLContext tx, long organizationId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        List<Long> matched = new ArrayList<>();
        var people = tx.select(PERSON.ID, PERSON.EMAIL, PERSON.EXTERNAL_ID).from(PERSON)
                .where(PERSON.ORGANIZATION_ID.eq(organizationId).and(PERSON.ID.in(personIds))).fetch();
        for (var person : people) {
            Condition byPerson = EXTERNAL_COMPLETION.LEARNER_EMAIL.eq(person.value2());
            if (person.value3() != null) {
                byPerson = byPerson.or(EXTERNAL_COMPLETION.LEARNER_EXTERNAL_ID.eq(person.value3()))
                        .or(EXTERNAL_COMPLETION.LEARNER_ACCOUNT.eq(person.value3()));
            }
            int updated = tx.update(EXTERNAL_COMPLETION)
                    .set(EXTERNAL_COMPLETION.PERSON_ID, person.value1())
                    .set(EXTERNAL_COMPLETION.UNMATCHED_REASON, (String) null)
                    .where(EXTERNAL_COMPLETION.ORGANIZATION_ID.eq(organizationId)
                            .and(EXTERNAL_COMPLETION.PERSON_ID.isNull()).and(byPerson))
                    .execute();
            if (updated > 0) {
                matched.add(person.value1());
            }
        }
        return matched;
    }

    // ---- mapping

    static PluginConnection connection(PluginConnectionRecord row) {
        Map<String, String> plain = parse(row.getSettings());
        return new PluginConnection(row.getId(), row.getPluginId(), row.getName(), plain, sealed(row.getSecrets()).keySet(),
                row.getSchedule());
    }

    static SyncRun run(SyncRunRecord row) {
        return new SyncRun(row.getId(), row.getConnectionId(), SyncStatus.valueOf(row.getStatus()), row.getTriggerKind(),
                utc(row.getQueuedAt()), utc(row.getStartedAt()), utc(row.getFinishedAt()), row.getPages(), row.getFetched(),
                row.getCreated(), row.getUpdated(), row.getUnchanged(), row.getRejected(), row.getExpectedTotal(),
                row.getErrors() == null ? List.of() : list(row.getErrors()));
    }

    static CatalogItem item(CatalogItemRecord row) {
        return new CatalogItem(row.getId(), row.getConnectionId(), row.getExternalId(), row.getTitle(), row.getDescription(),
                row.getDurationMinutes(), row.getFormat(),
                row.getSkills() == null || row.getSkills().isEmpty() ? List.of() : List.of(row.getSkills().split("\n")),
                row.getUrl(), row.getLanguage(), utc(row.getVendorUpdatedAt()));
    }

    static UnmatchedRecord unmatchedRecord(ExternalCompletionRecord row) {
        return new UnmatchedRecord(row.getId(), row.getExternalRecordId(), row.getLearnerEmail(), row.getLearnerExternalId(),
                row.getLearnerAccount(), row.getItemExternalId(), row.getStatus(), row.getUnmatchedReason());
    }

    private static java.time.OffsetDateTime utc(LocalDateTime time) {
        return time == null ? null : time.atOffset(ZoneOffset.UTC);
    }

    private static Map<String, String> sealed(String json) {
        return json == null ? Map.of() : parse(json);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parse(String json) {
        try {
            return JSON.readValue(json, STRING_MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored settings are not JSON", e);
        }
    }

    private static List<String> list(String json) {
        try {
            return JSON.readValue(json, STRING_LIST);
        } catch (JsonProcessingException e) {
            return List.of(json);
        }
    }
}
