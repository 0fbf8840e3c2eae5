package dev.praxis.plugins;

import dev.praxis.cohort.CohortRepository;
import dev.praxis.spi.CompletionRecord;
import dev.praxis.spi.CompletionStatus;
import dev.praxis.spi.Learner;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static dev.praxis.db.Tables.CATALOG_ITEM;
import static dev.praxis.db.Tables.EXTERNAL_COMPLETION;
import static dev.praxis.db.Tables.PERSON;

/**
 * Stores one page of a sync in the page's transaction, in a few set-based statements: the page's
 * existing rows, its learners and its items are each read in one query, and new or changed rows are
 * written in one batch; unchanged rows are not written at all. Catalog item ids are cached for the run.
 */
final class SyncWriter {
    private final SyncRepository repository;
    private final CohortRepository cohorts;
    private final long organizationId;
    private final long connectionId;
    private final Map<String, Long> itemIds = new HashMap<>();
    private final Set<Long> linkedItems;
    /** Learner keys to person ids within the run; {@link #NOBODY} for keys no person has. */
    private final Map<String, Long> personByEmail = new HashMap<>();
    private final Map<String, Long> personByExternalId = new HashMap<>();
    private static final Long NOBODY = Long.MIN_VALUE;
    private static final int MAX_CACHED_LEARNERS = 200_000;

    SyncWriter(SyncRepository repository, CohortRepository cohorts, long organizationId, long connectionId, Set<Long> linkedItems) {
        this.repository = repository;
        this.cohorts = cohorts;
        this.organizationId = organizationId;
        this.connectionId = connectionId;
        this.linkedItems = linkedItems;
    }

    /** Upserts catalog items; a changed item is updated, an unchanged one left alone. */
    SyncCounts writeCatalog(DSLContext tx, List<dev.praxis.spi.CatalogItem> page, LocalDateTime now) {
        Map<String, dev.praxis.spi.CatalogItem> items = new LinkedHashMap<>();
        int rejected = 0;
        for (dev.praxis.spi.CatalogItem item : page) {
            if (item == null) {
                rejected++;
            } else {
                items.put(item.externalId(), item);
            }
        }
        Map<String, CatalogItem> existing = new HashMap<>();
        if (!items.isEmpty()) {
            tx.selectFrom(CATALOG_ITEM).where(CATALOG_ITEM.CONNECTION_ID.eq(connectionId).and(CATALOG_ITEM.EXTERNAL_ID.in(items.keySet())))
                    .forEach(row -> existing.put(row.getExternalId(), SyncRepository.item(row)));
        }
        int created = 0;
        int updated = 0;
        var batch = tx.batch(tx.insertInto(CATALOG_ITEM, CATALOG_ITEM.ORGANIZATION_ID, CATALOG_ITEM.CONNECTION_ID, CATALOG_ITEM.EXTERNAL_ID,
                        CATALOG_ITEM.TITLE, CATALOG_ITEM.DESCRIPTION, CATALOG_ITEM.DURATION_MINUTES, CATALOG_ITEM.FORMAT, CATALOG_ITEM.SKILLS,
                        CATALOG_ITEM.URL, CATALOG_ITEM.LANGUAGE, CATALOG_ITEM.VENDOR_UPDATED_AT, CATALOG_ITEM.SYNCED_AT)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null)
                .onDuplicateKeyUpdate()
                .set(CATALOG_ITEM.TITLE, DSL.excluded(CATALOG_ITEM.TITLE))
                .set(CATALOG_ITEM.DESCRIPTION, DSL.excluded(CATALOG_ITEM.DESCRIPTION))
                .set(CATALOG_ITEM.DURATION_MINUTES, DSL.excluded(CATALOG_ITEM.DURATION_MINUTES))
                .set(CATALOG_ITEM.FORMAT, DSL.excluded(CATALOG_ITEM.FORMAT))
                .set(CATALOG_ITEM.SKILLS, DSL.excluded(CATALOG_ITEM.SKILLS))
                .set(CATALOG_ITEM.URL, DSL.excluded(CATALOG_ITEM.URL))
                .set(CATALOG_ITEM.LANGUAGE, DSL.excluded(CATALOG_ITEM.LANGUAGE))
                .set(CATALOG_ITEM.VENDOR_UPDATED_AT, DSL.excluded(CATALOG_ITEM.VENDOR_UPDATED_AT))
                .set(CATALOG_ITEM.SYNCED_AT, DSL.excluded(CATALOG_ITEM.SYNCED_AT)));
        int writes = 0;
        for (dev.praxis.spi.CatalogItem item : items.values()) {
            Integer minutes = item.duration() == null ? null : Math.toIntExact(item.duration().toMinutes());
            String skills = item.skills().isEmpty() ? null : String.join("\n", item.skills());
            String url = item.url() == null ? null : item.url().toString();
            LocalDateTime updatedAt = item.updatedAt() == null ? null : LocalDateTime.ofInstant(item.updatedAt(), ZoneOffset.UTC);
            String title = truncate(item.title(), 500);
            CatalogItem stored = existing.get(item.externalId());
            CatalogItem incoming = new CatalogItem(0, connectionId, item.externalId(), title, item.description(), minutes,
                    truncate(item.format(), 100), item.skills(), truncate(url, 2000), truncate(item.language(), 35),
                    updatedAt == null ? null : updatedAt.atOffset(ZoneOffset.UTC));
            if (stored != null && sameItem(stored, incoming)) {
                continue;
            }
            if (stored == null) {
                created++;
            } else {
                updated++;
            }
            batch.bind(organizationId, connectionId, item.externalId(), title, item.description(), minutes, incoming.format(),
                    skills, incoming.url(), incoming.language(), updatedAt, now);
            writes++;
        }
        if (writes > 0) {
            batch.execute();
        }
        return new SyncCounts(1, page.size(), created, updated, items.size() - created - updated, rejected);
    }

    private static boolean sameItem(CatalogItem a, CatalogItem b) {
        return a.title().equals(b.title()) && Objects.equals(a.description(), b.description())
                && Objects.equals(a.durationMinutes(), b.durationMinutes()) && Objects.equals(a.format(), b.format())
                && a.skills().equals(b.skills()) && Objects.equals(a.url(), b.url()) && Objects.equals(a.language(), b.language())
                && Objects.equals(a.updatedAt(), b.updatedAt());
    }

    /** Upserts completion records; returns the counts (rejections by the plugin are added by the caller). */
    SyncCounts writeCompletions(DSLContext tx, List<CompletionRecord> page, LocalDateTime now) {
        Map<String, CompletionRecord> records = new LinkedHashMap<>();
        int rejected = 0;
        for (CompletionRecord record : page) {
            if (record == null || tooLong(record)) {
                rejected++;
            } else {
                CompletionRecord earlier = records.put(record.externalRecordId(), record);
                if (earlier != null && earlier.status().ordinal() > record.status().ordinal()) {
                    records.put(record.externalRecordId(), earlier);
                }
            }
        }
        if (records.isEmpty()) {
            return new SyncCounts(1, page.size(), 0, 0, 0, rejected);
        }
        resolveItems(tx, records.values(), now);
        Map<String, Stored> existing = existing(tx, records.keySet());
        Map<String, Match> matches = match(tx, records.values(), existing);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        boolean touchesModules = false;
        List<Object[]> rows = new ArrayList<>();
        for (CompletionRecord record : records.values()) {
            Stored stored = existing.get(record.externalRecordId());
            CompletionMerge.State incoming = new CompletionMerge.State(record.status(), CompletionMerge.decimal(record.progress()),
                    CompletionMerge.decimal(record.score()),
                    record.completedAt() == null ? null : LocalDateTime.ofInstant(record.completedAt(), ZoneOffset.UTC),
                    record.timeSpent() == null ? null : record.timeSpent().toSeconds());
            CompletionMerge.Result merged = CompletionMerge.merge(stored == null ? null : stored.state, incoming);
            Match match = matches.get(record.externalRecordId());
            boolean matchChanged = stored != null && (!Objects.equals(stored.personId, match.personId)
                    || !Objects.equals(stored.reason, match.reason));
            if (merged.outcome() == CompletionMerge.Outcome.UNCHANGED && !matchChanged) {
                unchanged++;
                continue;
            }
            if (merged.outcome() == CompletionMerge.Outcome.CREATED) {
                created++;
            } else {
                updated++;
            }
            Long itemId = itemIds.get(record.itemExternalId());
            if (match.personId != null && merged.state().status().isDone() && linkedItems.contains(itemId)) {
                touchesModules = true;
            }
            Learner learner = record.learner();
            CompletionMerge.State state = merged.state();
            rows.add(new Object[]{organizationId, connectionId, record.externalRecordId(), learner.email(), learner.externalId(),
                    learner.accountName(), record.itemExternalId(), itemId, match.personId, state.status().name(),
                    state.progress(), state.score(), state.completedAt(), state.timeSpentSeconds(), match.reason, now});
        }
        if (!rows.isEmpty()) {
            upsertRecords(tx, rows);
        }
        if (touchesModules) {
            List<Long> people = repository.recordModuleCompletions(tx, organizationId,
                    EXTERNAL_COMPLETION.CONNECTION_ID.eq(connectionId).and(EXTERNAL_COMPLETION.EXTERNAL_RECORD_ID.in(records.keySet())), now);
            cohorts.refreshProgress(tx, organizationId, people);
        }
        return new SyncCounts(1, page.size(), created, updated, unchanged, rejected);
    }

    /**
     * One JDBC batch of the upsert jOOQ renders: the driver sends it as one bulk command, several times
     * faster than jOOQ's batch of the same statement, which the ingest benchmark depends on.
     */
    private static void upsertRecords(DSLContext tx, List<Object[]> rows) {
        String sql = tx.render(tx.insertInto(EXTERNAL_COMPLETION, EXTERNAL_COMPLETION.ORGANIZATION_ID, EXTERNAL_COMPLETION.CONNECTION_ID,
                        EXTERNAL_COMPLETION.EXTERNAL_RECORD_ID, EXTERNAL_COMPLETION.LEARNER_EMAIL, EXTERNAL_COMPLETION.LEARNER_EXTERNAL_ID,
                        EXTERNAL_COMPLETION.LEARNER_ACCOUNT, EXTERNAL_COMPLETION.ITEM_EXTERNAL_ID, EXTERNAL_COMPLETION.CATALOG_ITEM_ID,
                        EXTERNAL_COMPLETION.PERSON_ID, EXTERNAL_COMPLETION.STATUS, EXTERNAL_COMPLETION.PROGRESS, EXTERNAL_COMPLETION.SCORE,
                        EXTERNAL_COMPLETION.COMPLETED_AT, EXTERNAL_COMPLETION.TIME_SPENT_SECONDS, EXTERNAL_COMPLETION.UNMATCHED_REASON,
                        EXTERNAL_COMPLETION.SYNCED_AT)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                .onDuplicateKeyUpdate()
                .set(EXTERNAL_COMPLETION.PERSON_ID, DSL.excluded(EXTERNAL_COMPLETION.PERSON_ID))
                .set(EXTERNAL_COMPLETION.CATALOG_ITEM_ID, DSL.excluded(EXTERNAL_COMPLETION.CATALOG_ITEM_ID))
                .set(EXTERNAL_COMPLETION.STATUS, DSL.excluded(EXTERNAL_COMPLETION.STATUS))
                .set(EXTERNAL_COMPLETION.PROGRESS, DSL.excluded(EXTERNAL_COMPLETION.PROGRESS))
                .set(EXTERNAL_COMPLETION.SCORE, DSL.excluded(EXTERNAL_COMPLETION.SCORE))
                .set(EXTERNAL_COMPLETION.COMPLETED_AT, DSL.excluded(EXTERNAL_COMPLETION.COMPLETED_AT))
                .set(EXTERNAL_COMPLETION.TIME_SPENT_SECONDS, DSL.excluded(EXTERNAL_COMPLETION.TIME_SPENT_SECONDS))
                .set(EXTERNAL_COMPLETION.UNMATCHED_REASON, DSL.excluded(EXTERNAL_COMPLETION.UNMATCHED_REASON))
                .set(EXTERNAL_COMPLETION.SYNCED_AT, DSL.excluded(EXTERNAL_COMPLETION.SYNCED_AT)));
        tx.connection(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        statement.setObject(i + 1, row[i]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    /**
     * The stored state of those of these records already stored. First an index-only probe of the
     * unique key, then the rows of only those found: on a first sync nothing is read twice.
     */
    private Map<String, Stored> existing(DSLContext tx, Set<String> recordIds) {
        List<String> found = tx.select(EXTERNAL_COMPLETION.EXTERNAL_RECORD_ID).from(EXTERNAL_COMPLETION)
                .where(EXTERNAL_COMPLETION.CONNECTION_ID.eq(connectionId).and(EXTERNAL_COMPLETION.EXTERNAL_RECORD_ID.in(recordIds)))
                .fetch(EXTERNAL_COMPLETION.EXTERNAL_RECORD_ID);
        Map<String, Stored> existing = new HashMap<>();
        if (found.isEmpty()) {
            return existing;
        }
        tx.select(EXTERNAL_COMPLETION.EXTERNAL_RECORD_ID, EXTERNAL_COMPLETION.STATUS, EXTERNAL_COMPLETION.PROGRESS,
                        EXTERNAL_COMPLETION.SCORE, EXTERNAL_COMPLETION.COMPLETED_AT, EXTERNAL_COMPLETION.TIME_SPENT_SECONDS,
                        EXTERNAL_COMPLETION.PERSON_ID, EXTERNAL_COMPLETION.UNMATCHED_REASON)
                .from(EXTERNAL_COMPLETION)
                .where(EXTERNAL_COMPLETION.CONNECTION_ID.eq(connectionId).and(EXTERNAL_COMPLETION.EXTERNAL_RECORD_ID.in(found)))
                .forEach(row -> existing.put(row.value1(), new Stored(new CompletionMerge.State(CompletionStatus.valueOf(row.value2()),
                        row.value3(), row.value4(), row.value5(), row.value6()), row.value7(), row.value8())));
        return existing;
    }

    private record Stored(CompletionMerge.State state, Long personId, String reason) {
    }

    /** A learner's person, or why there is none. */
    record Match(Long personId, String reason) {
    }

    /**
     * Matches learners: external id, then xAPI account name (against external ids), then email. Keys
     * seen earlier in the run are answered from a cache (bounded, so memory stays flat however long the
     * feed); the others are looked up in one query per page.
     */
    private Map<String, Match> match(DSLContext tx, Iterable<CompletionRecord> records, Map<String, Stored> existing) {
        Set<String> emails = new HashSet<>();
        Set<String> externalIds = new HashSet<>();
        if (personByEmail.size() + personByExternalId.size() > MAX_CACHED_LEARNERS) {
            personByEmail.clear();
            personByExternalId.clear();
        }
        for (CompletionRecord record : records) {
            Learner learner = record.learner();
            if (learner.email() != null && !personByEmail.containsKey(learner.email())) {
                emails.add(learner.email());
            }
            if (learner.externalId() != null && !personByExternalId.containsKey(learner.externalId())) {
                externalIds.add(learner.externalId());
            }
            if (learner.accountName() != null && !personByExternalId.containsKey(learner.accountName())) {
                externalIds.add(learner.accountName());
            }
        }
        if (!emails.isEmpty()) {
            emails.forEach(email -> personByEmail.put(email, NOBODY));
            tx.select(PERSON.EMAIL, PERSON.ID).from(PERSON)
                    .where(PERSON.ORGANIZATION_ID.eq(organizationId).and(PERSON.EMAIL.in(emails)))
                    .forEach(row -> personByEmail.put(row.value1(), row.value2()));
        }
        if (!externalIds.isEmpty()) {
            externalIds.forEach(id -> personByExternalId.put(id, NOBODY));
            tx.select(PERSON.EXTERNAL_ID, PERSON.ID).from(PERSON)
                    .where(PERSON.ORGANIZATION_ID.eq(organizationId).and(PERSON.EXTERNAL_ID.in(externalIds)))
                    .forEach(row -> personByExternalId.put(row.value1(), row.value2()));
        }
        Map<String, Match> matches = new HashMap<>();
        for (CompletionRecord record : records) {
            Learner learner = record.learner();
            Long person = known(personByExternalId, learner.externalId());
            if (person == null) {
                person = known(personByExternalId, learner.accountName());
            }
            if (person == null) {
                person = known(personByEmail, learner.email());
            }
            matches.put(record.externalRecordId(), person != null ? new Match(person, null) : new Match(null, reason(learner)));
        }
        return matches;
    }

    private static Long known(Map<String, Long> cache, String key) {
        Long person = key == null ? null : cache.get(key);
        return person == null || person == NOBODY ? null : person;
    }

    static String reason(Learner learner) {
        List<String> keys = new ArrayList<>();
        if (learner.externalId() != null) {
            keys.add("external id " + learner.externalId());
        }
        if (learner.accountName() != null) {
            keys.add("xAPI account " + learner.accountName());
        }
        if (learner.email() != null) {
            keys.add("email " + learner.email());
        }
        return truncate("no person with " + String.join(" or ", keys), 200);
    }

    /** Ids of the page's items; items the catalog does not list yet are added with the title the record carries. */
    private void resolveItems(DSLContext tx, Iterable<CompletionRecord> records, LocalDateTime now) {
        Map<String, String> missing = new LinkedHashMap<>();
        for (CompletionRecord record : records) {
            if (!itemIds.containsKey(record.itemExternalId())) {
                missing.putIfAbsent(record.itemExternalId(), record.itemTitle());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        tx.select(CATALOG_ITEM.EXTERNAL_ID, CATALOG_ITEM.ID).from(CATALOG_ITEM)
                .where(CATALOG_ITEM.CONNECTION_ID.eq(connectionId).and(CATALOG_ITEM.EXTERNAL_ID.in(missing.keySet())))
                .forEach(row -> itemIds.put(row.value1(), row.value2()));
        missing.keySet().removeAll(itemIds.keySet());
        if (missing.isEmpty()) {
            return;
        }
        var insert = tx.insertInto(CATALOG_ITEM, CATALOG_ITEM.ORGANIZATION_ID, CATALOG_ITEM.CONNECTION_ID, CATALOG_ITEM.EXTERNAL_ID,
                CATALOG_ITEM.TITLE, CATALOG_ITEM.SYNCED_AT);
        for (Map.Entry<String, String> item : missing.entrySet()) {
            insert = insert.values(organizationId, connectionId, item.getKey(),
                    truncate(item.getValue() == null ? item.getKey() : item.getValue(), 500), now);
        }
        insert.onDuplicateKeyIgnore().execute();
        tx.select(CATALOG_ITEM.EXTERNAL_ID, CATALOG_ITEM.ID).from(CATALOG_ITEM)
                .where(CATALOG_ITEM.CONNECTION_ID.eq(connectionId).and(CATALOG_ITEM.EXTERNAL_ID.in(missing.keySet())))
                .forEach(row -> itemIds.put(row.value1(), row.value2()));
    }

    private static boolean tooLong(CompletionRecord record) {
        Learner learner = record.learner();
        return record.itemExternalId().length() > 200 || learner.email() != null && learner.email().length() > 320
                || learner.externalId() != null && learner.externalId().length() > 200
                || learner.accountName() != null && learner.accountName().length() > 200
                || record.timeSpent() != null && record.timeSpent().compareTo(Duration.ofDays(3650)) > 0;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
