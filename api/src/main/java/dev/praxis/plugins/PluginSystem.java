package dev.praxis.plugins;

import dev.praxis.cohort.CohortRepository;
import dev.praxis.events.DomainEvents;
import dev.praxis.graphql.SchemaArea;
import dev.praxis.program.ProgramRepository;
import org.jooq.DSLContext;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static java.util.Objects.requireNonNull;

/**
 * The plugin machinery of one server, configured from the environment: {@code PRAXIS_PLUGINS_DIR}
 * (jars or folders of jars, each plugin in its own class loader), {@code PRAXIS_SECRET_KEY} (the key
 * secrets are sealed with), {@code PRAXIS_PLUGIN_CALL_TIMEOUT_SECONDS} (per call into a plugin,
 * default 120) and {@code PRAXIS_SYNC_SCHEDULER} (false turns scheduled runs off).
 */
public final class PluginSystem implements AutoCloseable {
    private final PluginRegistry registry;
    private final SyncEngine engine;
    private final PluginArea area;
    private final ScheduledExecutorService scheduler;

    private PluginSystem(PluginRegistry registry, SyncEngine engine, PluginArea area, ScheduledExecutorService scheduler) {
        this.registry = registry;
        this.engine = engine;
        this.area = area;
        this.scheduler = scheduler;
    }

    public static PluginSystem start(DSLContext dsl, DataSource dataSource, Clock clock, Map<String, String> env) {
        return start(dsl, dataSource, clock, env, new DomainEvents());
    }

    /** Like {@link #start(DSLContext, DataSource, Clock, Map)}, publishing sync run changes to {@code events}. */
    public static PluginSystem start(DSLContext dsl, DataSource dataSource, Clock clock, Map<String, String> env, DomainEvents events) {
        requireNonNull(env, "env is null");
        PluginRegistry registry = PluginRegistry.load(PluginSystem.class.getClassLoader(),
                Optional.ofNullable(env.get("PRAXIS_PLUGINS_DIR")).filter(dir -> !dir.isBlank()).map(Path::of));
        return start(dsl, dataSource, clock, env, registry, events);
    }

    public static PluginSystem start(DSLContext dsl, DataSource dataSource, Clock clock, Map<String, String> env,
                                     PluginRegistry registry) {
        return start(dsl, dataSource, clock, env, registry, new DomainEvents());
    }

    public static PluginSystem start(DSLContext dsl, DataSource dataSource, Clock clock, Map<String, String> env,
                                     PluginRegistry registry, DomainEvents events) {
        Connections connections = new Connections(SecretBox.fromConfiguration(env.get("PRAXIS_SECRET_KEY")));
        SyncRepository repository = new SyncRepository();
        CohortRepository cohorts = new CohortRepository();
        Duration callTimeout = Duration.ofSeconds(Long.parseLong(env.getOrDefault("PRAXIS_PLUGIN_CALL_TIMEOUT_SECONDS",
                System.getProperty("praxis.plugin.callTimeoutSeconds", "120"))));
        SyncEngine engine = new SyncEngine(dsl, dataSource, registry, connections, repository, cohorts, clock, callTimeout, 2, events);
        engine.failInterruptedRuns();
        PluginArea area = new PluginArea(registry, repository,
                new PluginMutations(registry, connections, repository, engine, new ProgramRepository(), cohorts));
        ScheduledExecutorService scheduler = null;
        if (!"false".equalsIgnoreCase(env.getOrDefault("PRAXIS_SYNC_SCHEDULER", "true"))) {
            scheduler = Executors.newSingleThreadScheduledExecutor(work -> {
                Thread thread = new Thread(work, "praxis-sync-scheduler");
                thread.setDaemon(true);
                return thread;
            });
            scheduler.scheduleWithFixedDelay(engine::startDueRuns, 30, 60, TimeUnit.SECONDS);
        }
        return new PluginSystem(registry, engine, area, scheduler);
    }

    public SchemaArea area() {
        return area;
    }

    public PluginRegistry registry() {
        return registry;
    }

    public SyncEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        engine.close();
    }
}
