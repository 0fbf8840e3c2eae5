package dev.praxis.plugins;

import dev.praxis.plugins.customlms.XapiFixture;
import dev.praxis.server.Database;
import dev.praxis.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static dev.praxis.db.Tables.ORGANIZATION;
import static dev.praxis.db.Tables.SYNC_RUN;
import static org.assertj.core.api.Assertions.assertThat;

/** A connection with a schedule gets a run when it is due, once, and not again before the interval has passed. */
class ScheduledSyncTest {

    @Test
    void startsDueRunsOnce() throws Exception {
        Database database = TestDatabase.fresh();
        try (XapiFixture lrs = new XapiFixture(300, 10, 3, 0, 0)) {
            DSLContext dsl = database.dsl();
            Instant now = Instant.parse("2026-11-25T12:00:00Z");
            LocalDateTime today = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            long org = dsl.insertInto(ORGANIZATION, ORGANIZATION.NAME, ORGANIZATION.CREATED_AT).values("Acme", today)
                    .returning(ORGANIZATION.ID).fetchOne().getId();
            Map<String, String> env = Map.of("PRAXIS_SECRET_KEY", SyncWorkerMain.KEY, "PRAXIS_SYNC_SCHEDULER", "false");
            try (PluginSystem plugins = PluginSystem.start(dsl, database.dataSource(), Clock.fixed(now, ZoneOffset.UTC), env)) {
                Connections connections = new Connections(SecretBox.fromConfiguration(SyncWorkerMain.KEY));
                Connections.Split split = connections.split(org, "LRS", plugins.registry().plugin("custom-lms").orElseThrow().descriptor(),
                        lrs.settings(), Map.of());
                new SyncRepository().saveConnection(dsl, org, "custom-lms", "LRS", split.plain(), split.sealed(), "PT6H", today);
                plugins.engine().startDueRuns();
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (System.nanoTime() < deadline && dsl.fetchCount(SYNC_RUN, SYNC_RUN.STATUS.eq("SUCCEEDED")) == 0) {
                    Thread.sleep(50);
                }
                assertThat(dsl.select(SYNC_RUN.TRIGGER_KIND, SYNC_RUN.STATUS).from(SYNC_RUN).fetch())
                        .singleElement().satisfies(row -> {
                            assertThat(row.value1()).isEqualTo("SCHEDULE");
                            assertThat(row.value2()).isEqualTo("SUCCEEDED");
                        });
                plugins.engine().startDueRuns();
                assertThat(dsl.fetchCount(SYNC_RUN)).as("not due again within six hours").isEqualTo(1);
            }
        } finally {
            database.close();
        }
    }
}
