package dev.praxis.plugins;

import com.zaxxer.hikari.HikariDataSource;
import dev.praxis.plugins.customlms.XapiFixture;
import dev.praxis.server.Database;
import dev.praxis.testing.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static dev.praxis.db.Tables.CATALOG_ITEM;
import static dev.praxis.db.Tables.EXTERNAL_COMPLETION;
import static dev.praxis.db.Tables.ORGANIZATION;
import static dev.praxis.db.Tables.SYNC_RUN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest benchmark (not part of the normal tests: run it with {@code ./mvnw -Pbench verify -pl api -am}).
 * 1,000,000 xAPI statements for 50,000 people go from the custom-LMS plugin's local LRS fixture through
 * the sync engine into MariaDB; then the same rows go into an identical empty table by a plain JDBC
 * batched insert. The report (rates, ratio, heap) is written to benchmarks/reports/.
 */
class SyncBenchmark {
    private static final int STATEMENTS = Integer.getInteger("bench.statements", 1_000_000);
    private static final int PEOPLE = Integer.getInteger("bench.people", 50_000);
    private static final int ITEMS = 200;
    private static final int PAGE = Integer.getInteger("bench.page", 2_000);
    private static final String[] VERBS = {"IN_PROGRESS", "COMPLETED", "PASSED", "FAILED"};

    @Test
    void ingest() throws Exception {
        Database database = TestDatabase.fresh();
        DSLContext dsl = database.dsl();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peakHeap = new AtomicLong();
        List<String> heapTimeline = new ArrayList<>();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long org = dsl.insertInto(ORGANIZATION, ORGANIZATION.NAME, ORGANIZATION.CREATED_AT).values("Bench", now)
                .returning(ORGANIZATION.ID).fetchOne().getId();
        Map<String, Long> personByKey = insertPeople(database, org, now);

        try (XapiFixture lrs = new XapiFixture(STATEMENTS, PEOPLE, ITEMS, 0, 0)) {
            Map<String, String> env = Map.of("PRAXIS_SECRET_KEY", SyncWorkerMain.KEY, "PRAXIS_SYNC_SCHEDULER", "false");
            try (PluginSystem plugins = PluginSystem.start(dsl, database.dataSource(), Clock.systemUTC(), env)) {
                Connections connections = new Connections(SecretBox.fromConfiguration(SyncWorkerMain.KEY));
                Map<String, String> settings = new HashMap<>(lrs.settings());
                settings.put("pageSize", String.valueOf(PAGE));
                Connections.Split split = connections.split(org, "LRS", plugins.registry().plugin("custom-lms").orElseThrow().descriptor(),
                        settings, Map.of());
                SyncRepository repository = new SyncRepository();
                long connectionId = repository.saveConnection(dsl, org, "custom-lms", "LRS", split.plain(), split.sealed(), null, now);
                long runId = repository.queueRun(dsl, org, connectionId, "API", now).id();
                System.gc();
                long heapBefore = memory.getHeapMemoryUsage().getUsed();
                peakHeap.set(heapBefore);
                Thread timeline = Thread.ofPlatform().daemon().start(() -> {
                    int lastQuarter = 0;
                    while (!Thread.currentThread().isInterrupted()) {
                        int stored = dsl.select(SYNC_RUN.FETCHED).from(SYNC_RUN).where(SYNC_RUN.ID.eq(runId)).fetchOne().value1();
                        int quarter = (int) (4L * stored / STATEMENTS);
                        if (quarter > lastQuarter) {
                            lastQuarter = quarter;
                            synchronized (heapTimeline) {
                                heapTimeline.add(String.format("%,d records: heap used %,d MB (peak so far %,d MB)", stored,
                                        memory.getHeapMemoryUsage().getUsed() >> 20, peakHeap.get() >> 20));
                            }
                        }
                        try {
                            Thread.sleep(500);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                long started = System.nanoTime();
                plugins.engine().run(runId, connectionId);
                double engineSeconds = (System.nanoTime() - started) / 1e9;
                timeline.interrupt();
                long enginePeak = peakHeap.get();
                SyncRun run = repository.runsByIds(dsl, org, List.of(runId)).get(runId);
                assertThat(run.status()).as(run.errors().toString()).isEqualTo(SyncStatus.SUCCEEDED);
                int stored = dsl.fetchCount(EXTERNAL_COMPLETION);
                assertThat(stored).isEqualTo(STATEMENTS);

                double rawSeconds = rawInsert(database, org, connectionId, personByKey, now);
                sampler.interrupt();
                double engineRate = STATEMENTS / engineSeconds;
                double rawRate = STATEMENTS / rawSeconds;
                String report = String.format("""
                        # Sync ingest benchmark

                        - When: %s; JVM %s, -Xmx %d MB, %d CPUs; MariaDB %s (%s)
                        - Feed: %,d xAPI statements for %,d people and %d activities, from the custom-LMS plugin's local LRS
                          fixture over HTTP, pages of %,d statements (`limit`, then `more`), through the sync engine (learner
                          matching, idempotent merge, watermark per page) into `external_completion`.

                        | path | records | seconds | records/s |
                        |---|---:|---:|---:|
                        | sync engine, end to end | %,d | %.1f | %,.0f |
                        | plain JDBC batched insert of the same rows (batches of %,d) | %,d | %.1f | %,.0f |

                        Ratio (engine / raw insert rate): **%.2f** (aim: at least 0.5).

                        Heap: %,d MB used before the run, peak %,d MB during it (sampled every 100 ms).
                        %s
                        Run: status %s, pages %d, created %,d, updated %,d, unchanged %,d, rejected %d.
                        """, Instant.now(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20,
                        Runtime.getRuntime().availableProcessors(), dsl.fetchValue("SELECT VERSION()"), TestDatabase.kind(),
                        STATEMENTS, PEOPLE, ITEMS, PAGE, STATEMENTS, engineSeconds, engineRate, PAGE, STATEMENTS, rawSeconds, rawRate,
                        engineRate / rawRate, heapBefore >> 20, enginePeak >> 20,
                        String.join("\n", heapTimeline.stream().map(line -> "- " + line).toList()),
                        run.status(), run.pages(), run.created(), run.updated(), run.unchanged(), run.rejected());
                Path reports = Path.of("..", "benchmarks", "reports");
                Files.createDirectories(reports);
                Path file = reports.resolve("sync-ingest-" + Instant.now().toString().replace(":", "") + ".md");
                Files.writeString(file, report);
                System.out.println(report);
                System.out.println("Report written to " + file.toAbsolutePath().normalize());
            }
        } finally {
            sampler.interrupt();
            database.close();
        }
    }

    private static Map<String, Long> insertPeople(Database database, long org, LocalDateTime now) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO person (organization_id, email, display_name, "
                     + "external_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < PEOPLE; i++) {
                insert.setLong(1, org);
                insert.setString(2, i % 10 == 9 ? "person" + i + "@bench.example" : "learner" + i + "@example.com");
                insert.setString(3, "Learner " + i);
                insert.setString(4, i % 10 == 9 ? "emp-" + i : null);
                insert.setTimestamp(5, Timestamp.valueOf(now));
                insert.setTimestamp(6, Timestamp.valueOf(now));
                insert.addBatch();
                if (i % 5_000 == 4_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
            Map<String, Long> ids = new HashMap<>();
            try (Statement select = connection.createStatement();
                 var rows = select.executeQuery("SELECT id, email, external_id FROM person WHERE organization_id = " + org)) {
                while (rows.next()) {
                    String externalId = rows.getString(3);
                    ids.put(externalId != null ? externalId : rows.getString(2), rows.getLong(1));
                }
            }
            return ids;
        }
    }

    /** The same rows as the engine stored, by plain JDBC batches into an identical empty table. */
    private static double rawInsert(Database database, long org, long connectionId, Map<String, Long> personByKey, LocalDateTime now)
            throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE external_completion_raw LIKE external_completion");
            }
            long catalogItem = database.dsl().select(DSL.min(CATALOG_ITEM.ID)).from(CATALOG_ITEM).fetchOne().value1();
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO external_completion_raw (organization_id, "
                    + "connection_id, external_record_id, learner_email, learner_external_id, learner_account, item_external_id, "
                    + "catalog_item_id, person_id, status, progress, score, completed_at, time_spent_seconds, unmatched_reason, "
                    + "synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < STATEMENTS; i++) {
                    int person = i % PEOPLE;
                    boolean account = person % 10 == 9;
                    String status = VERBS[(i / PEOPLE) % VERBS.length];
                    boolean done = status.equals("COMPLETED") || status.equals("PASSED");
                    Instant stored = XapiFixture.BASE.plusSeconds(i);
                    insert.setLong(1, org);
                    insert.setLong(2, connectionId);
                    insert.setString(3, XapiFixture.statementId(i));
                    insert.setString(4, account ? null : "learner" + person + "@example.com");
                    insert.setString(5, null);
                    insert.setString(6, account ? "emp-" + person : null);
                    insert.setString(7, "https://lms.example.com/courses/" + (i % ITEMS));
                    insert.setLong(8, catalogItem + i % ITEMS);
                    insert.setLong(9, personByKey.get(account ? "emp-" + person : "learner" + person + "@example.com"));
                    insert.setString(10, status);
                    insert.setBigDecimal(11, java.math.BigDecimal.valueOf(done ? 100 : status.equals("IN_PROGRESS") ? i % 100 : 0));
                    insert.setBigDecimal(12, java.math.BigDecimal.valueOf(50 + i % 50));
                    insert.setTimestamp(13, done ? Timestamp.valueOf(LocalDateTime.ofInstant(stored.minusSeconds(30), ZoneOffset.UTC)) : null);
                    insert.setLong(14, (10 + i % 50) * 60L);
                    insert.setString(15, null);
                    insert.setTimestamp(16, Timestamp.valueOf(now));
                    insert.addBatch();
                    if (i % PAGE == PAGE - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            try (Statement count = connection.createStatement(); var rows = count.executeQuery("SELECT COUNT(*) FROM external_completion_raw")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(STATEMENTS);
            }
            return seconds;
        }
    }
}
