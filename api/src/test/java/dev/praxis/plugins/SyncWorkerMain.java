package dev.praxis.plugins;

import dev.praxis.server.Database;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Runs one queued sync run in a process of its own, so a test can kill it midway: args url, user, password, connectionId, runId. */
public final class SyncWorkerMain {
    static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private SyncWorkerMain() {
    }

    public static void main(String[] args) {
        Database database = Database.connect(args[0], args[1], args[2], Duration.ofSeconds(30));
        PluginSystem plugins = PluginSystem.start(database.dsl(), database.dataSource(), Clock.systemUTC(),
                Map.of("PRAXIS_SECRET_KEY", KEY, "PRAXIS_SYNC_SCHEDULER", "false"));
        plugins.engine().run(Long.parseLong(args[4]), Long.parseLong(args[3]));
        System.exit(0);
    }
}
