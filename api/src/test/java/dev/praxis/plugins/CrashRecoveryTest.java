package dev.praxis.plugins;

import com.zaxxer.hikari.HikariDataSource;
import dev.praxis.plugins.customlms.XapiFixture;
import dev.praxis.server.Database;
import dev.praxis.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.praxis.db.Tables.EXTERNAL_COMPLETION;
import static dev.praxis.db.Tables.ORGANIZATION;
import static dev.praxis.db.Tables.PLUGIN_CONNECTION;
import static dev.praxis.db.Tables.SYNC_RUN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a sync run's process (SIGKILL) midway, then runs again: the next run resumes from the last
 * stored watermark, and in the end every record is there exactly once.
 */
class CrashRecoveryTest {
    private static final int STATEMENTS = 12_000;

    @Test
    void aRunKilledMidwayLosesNothingAndDuplicatesNothing() throws Exception {
        Database database = TestDatabase.fresh();
        try (XapiFixture lrs = new XapiFixture(STATEMENTS, 300, 10, 0, 0)) {
            DSLContext dsl = database.dsl();
            LocalDateTime now = LocalDateTime.now();
            long org = dsl.insertInto(ORGANIZATION, ORGANIZATION.NAME, ORGANIZATION.CREATED_AT).values("Acme", now)
                    .returning(ORGANIZATION.ID).fetchOne().getId();
            Map<String, String> env = Map.of("PRAXIS_SECRET_KEY", SyncWorkerMain.KEY, "PRAXIS_SYNC_SCHEDULER", "false");
            long connectionId;
            long firstRun;
            try (PluginSystem plugins = PluginSystem.start(dsl, database.dataSource(), Clock.systemUTC(), env)) {
                Connections connections = new Connections(SecretBox.fromConfiguration(SyncWorkerMain.KEY));
                Map<String, String> settings = new HashMap<>(lrs.settings());
                settings.put("pageSize", "500");
                Connections.Split split = connections.split(org, "LRS",
                        plugins.registry().plugin("custom-lms").orElseThrow().descriptor(), settings, Map.of());
                connectionId = new SyncRepository().saveConnection(dsl, org, "custom-lms", "LRS", split.plain(), split.sealed(), null, now);
                firstRun = new SyncRepository().queueRun(dsl, org, connectionId, "API", now).id();
            }
            lrs.delayPages(250);
            HikariDataSource pool = (HikariDataSource) database.dataSource();
            Process worker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SyncWorkerMain.class.getName(),
                    pool.getJdbcUrl(), pool.getUsername(), pool.getPassword() == null ? "" : pool.getPassword(),
                    String.valueOf(connectionId), String.valueOf(firstRun))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (pagesStored(dsl, firstRun) < 5 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            worker.destroyForcibly().waitFor();

            int storedBeforeKill = dsl.fetchCount(EXTERNAL_COMPLETION);
            String watermark = dsl.select(PLUGIN_CONNECTION.COMPLETION_WATERMARK).from(PLUGIN_CONNECTION).fetchOne().value1();
            assertThat(storedBeforeKill).as("killed midway").isBetween(1_000, STATEMENTS - 500);
            assertThat(storedBeforeKill % 500).as("whole pages only").isZero();
            assertThat(watermark).as("the watermark is the last stored page's").isEqualTo(XapiFixture.BASE.plusSeconds(storedBeforeKill - 1).toString());
            assertThat(dsl.select(SYNC_RUN.STATUS).from(SYNC_RUN).where(SYNC_RUN.ID.eq(firstRun)).fetchOne().value1()).isEqualTo("RUNNING");

            lrs.delayPages(0);
            Thread.sleep(500); // MariaDB notices the dropped connection and frees the run's lock
            try (PluginSystem restarted = PluginSystem.start(dsl, database.dataSource(), Clock.systemUTC(), env)) {
                assertThat(dsl.select(SYNC_RUN.STATUS, SYNC_RUN.ERRORS).from(SYNC_RUN).where(SYNC_RUN.ID.eq(firstRun)).fetchOne())
                        .satisfies(row -> {
                            assertThat(row.value1()).isEqualTo("FAILED");
                            assertThat(row.value2()).contains("interrupted");
                        });
                long secondRun = new SyncRepository().queueRun(dsl, org, connectionId, "API", now).id();
                restarted.engine().run(secondRun, connectionId);
                SyncRun second = new SyncRepository().runsByIds(dsl, org, List.of(secondRun)).get(secondRun);
                assertThat(second.status()).as(second.errors().toString()).isEqualTo(SyncStatus.SUCCEEDED);
                assertThat(second.fetched()).as("resumed, not restarted").isEqualTo(STATEMENTS - storedBeforeKill);
                assertThat(second.created()).isEqualTo(STATEMENTS - storedBeforeKill);
            }
            assertThat(dsl.fetchCount(EXTERNAL_COMPLETION)).isEqualTo(STATEMENTS);
            assertThat(dsl.fetchCount(dsl.selectDistinct(EXTERNAL_COMPLETION.EXTERNAL_RECORD_ID).from(EXTERNAL_COMPLETION))).isEqualTo(STATEMENTS);
        } finally {
            database.close();
        }
    }

    private static int pagesStored(DSLContext dsl, long runId) {
        Integer pages = dsl.select(SYNC_RUN.PAGES).from(SYNC_RUN).where(SYNC_RUN.ID.eq(runId)).fetchOne().value1();
        return pages == null ? 0 : pages;
    }
}
