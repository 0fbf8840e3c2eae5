package dev.praxis.plugins;

import dev.praxis.cohort.CohortRepository;
import dev.praxis.events.DomainEvent;
import dev.praxis.events.DomainEvents;
import dev.praxis.spi.Capability;
import dev.praxis.spi.CatalogPage;
import dev.praxis.spi.CompletionPage;
import dev.praxis.spi.PluginContext;
import dev.praxis.spi.PluginException;
import dev.praxis.spi.PluginSession;
import dev.praxis.spi.PluginSettings;
import dev.praxis.spi.SettingProblem;
import org.jooq.DSLContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static java.util.Objects.requireNonNull;

/**
 * Runs syncs in the background. A run holds a MariaDB named lock for its connection (so one replica
 * runs it), pulls pages one at a time and stores each page, its counts and the new watermark in one
 * transaction; a run that dies midway is resumed by the next one from the last stored watermark, and
 * since records are upserted by their vendor id nothing is lost or duplicated. Every call into a
 * plugin runs on a separate thread with a time limit; whatever a plugin throws fails its own run only.
 * After every committed change of a run (queued, running, each stored page, finished or failed) the
 * engine publishes {@link DomainEvent.SyncRunChanged}, and when a finished run stored new or changed
 * completions, {@link DomainEvent.GateFactsChanged} for the organization.
 */
public final class SyncEngine implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SyncEngine.class.getName());
    private static final int MAX_ERRORS = 50;
    private static final int MAX_PAGES = 1_000_000;

    private final DSLContext dsl;
    private final DataSource dataSource;
    private final PluginRegistry registry;
    private final Connections connections;
    private final SyncRepository repository;
    private final CohortRepository cohorts;
    private final Clock clock;
    private final Duration callTimeout;
    private final ExecutorService runs;
    private final ExecutorService calls;
    private final DomainEvents events;

    public SyncEngine(DSLContext dsl, DataSource dataSource, PluginRegistry registry, Connections connections,
                      SyncRepository repository, CohortRepository cohorts, Clock clock, Duration callTimeout, int parallelRuns,
                      DomainEvents events) {
        this.events = requireNonNull(events, "events is null");
        this.dsl = requireNonNull(dsl, "dsl is null");
        this.dataSource = requireNonNull(dataSource, "dataSource is null");
        this.registry = requireNonNull(registry, "registry is null");
        this.connections = requireNonNull(connections, "connections is null");
        this.repository = requireNonNull(repository, "repository is null");
        this.cohorts = requireNonNull(cohorts, "cohorts is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.callTimeout = requireNonNull(callTimeout, "callTimeout is null");
        this.runs = Executors.newFixedThreadPool(parallelRuns, daemons("praxis-sync"));
        this.calls = Executors.newCachedThreadPool(daemons("praxis-plugin-call"));
    }

    /** Queues a run of the connection and starts it in the background; returns the queued run at once. */
    public SyncRun start(long organizationId, long connectionId, String trigger) {
        SyncRun run = repository.queueRun(dsl, organizationId, connectionId, trigger, now());
        events.publish(new DomainEvent.SyncRunChanged(organizationId, run.id()));
        runs.submit(() -> run(run.id(), connectionId));
        return run;
    }

    /** Runs a queued run on the calling thread (the background worker, or a test). */
    public void run(long runId, long connectionId) {
        String lockName = "praxis-sync-" + connectionId;
        try (Connection lockConnection = dataSource.getConnection()) {
            if (!namedLock(lockConnection, "SELECT GET_LOCK(?, 0)", lockName)) {
                repository.finishRun(dsl, runId, SyncStatus.FAILED,
                        List.of("another run of this connection is in progress"), now());
                changed(runId);
                return;
            }
            try {
                execute(runId, connectionId);
            } finally {
                namedLock(lockConnection, "SELECT RELEASE_LOCK(?)", lockName);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "sync run " + runId + " could not be run", e);
            try {
                repository.finishRun(dsl, runId, SyncStatus.FAILED, List.of("the server failed: " + e.getMessage()), now());
                changed(runId);
            } catch (RuntimeException ignored) {
                // the database is gone; the next start marks the run interrupted
            }
        }
    }

    private void execute(long runId, long connectionId) {
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger rejectedByPlugin = new AtomicInteger();
        SyncRepository.StoredConnection stored = repository.stored(dsl, connectionId);
        repository.markRunning(dsl, runId, now());
        long organizationId = stored.organizationId();
        events.publish(new DomainEvent.SyncRunChanged(organizationId, runId));
        String pluginId = stored.connection().pluginId();
        PluginSession session = null;
        try {
            PluginRegistry.Installed installed = registry.plugin(pluginId).orElseThrow(() ->
                    new RunFailure("plugin " + pluginId + " is not installed on this server"));
            PluginSettings settings = connections.settingsForRun(stored);
            List<SettingProblem> problems = call(() -> installed.plugin().validate(settings), "validate");
            if (!problems.isEmpty()) {
                throw new RunFailure("the settings do not work: " + problems.stream().map(SettingProblem::message).toList());
            }
            PluginContext context = new RunContext(pluginId, runId, errors, rejectedByPlugin);
            PluginSession opened = call(() -> installed.plugin().open(settings, context), "open");
            session = requireNonNull(opened, "open returned no session");
            long org = stored.organizationId();
            SyncWriter writer = new SyncWriter(repository, cohorts, org, connectionId, repository.linkedItems(dsl, org));
            if (installed.descriptor().capabilities().contains(Capability.CATALOG)) {
                syncCatalog(organizationId, runId, session, writer, rejectedByPlugin);
            }
            if (installed.descriptor().capabilities().contains(Capability.COMPLETIONS)) {
                syncCompletions(organizationId, runId, connectionId, stored.completionWatermark(), session, writer, rejectedByPlugin);
            }
            repository.finishRun(dsl, runId, SyncStatus.SUCCEEDED, capped(errors), now());
            events.publish(new DomainEvent.SyncRunChanged(organizationId, runId));
            events.publish(DomainEvent.GateFactsChanged.ofOrganization(organizationId));
            LOG.log(System.Logger.Level.INFO, "sync run {0} of {1} succeeded", runId, pluginId);
        } catch (Throwable e) {
            if (e instanceof VirtualMachineError fatal && !(e instanceof StackOverflowError)) {
                throw fatal;
            }
            String reason = reason(pluginId, e);
            LOG.log(System.Logger.Level.WARNING, "sync run " + runId + " of " + pluginId + " failed: " + reason,
                    e instanceof PluginException || e instanceof RunFailure ? null : e);
            List<String> all = new ArrayList<>(capped(errors));
            all.add(0, reason);
            repository.finishRun(dsl, runId, SyncStatus.FAILED, all, now());
            events.publish(new DomainEvent.SyncRunChanged(organizationId, runId));
            // pages stored before the failure stay stored, so the gates may have moved too
            events.publish(DomainEvent.GateFactsChanged.ofOrganization(organizationId));
        } finally {
            if (session != null) {
                PluginSession toClose = session;
                try {
                    call(() -> {
                        toClose.close();
                        return null;
                    }, "close");
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "closing a " + pluginId + " session failed", e);
                }
            }
        }
    }

    private void syncCatalog(long organizationId, long runId, PluginSession session, SyncWriter writer, AtomicInteger rejectedByPlugin) {
        String cursor = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            String current = cursor;
            CatalogPage page = call(() -> session.catalogPage(current), "catalogPage");
            if (page == null) {
                throw new RunFailure("the plugin returned no catalog page");
            }
            int rejected = rejectedByPlugin.getAndSet(0);
            dsl.transaction(tx -> {
                SyncCounts counts = writer.writeCatalog(tx.dsl(), page.items(), now());
                repository.addCounts(tx.dsl(), runId, withRejected(counts, rejected), null, now());
            });
            events.publish(new DomainEvent.SyncRunChanged(organizationId, runId));
            if (page.isLast()) {
                return;
            }
            if (page.nextCursor().equals(cursor)) {
                throw new RunFailure("the plugin returned the same catalog cursor twice");
            }
            cursor = page.nextCursor();
        }
        throw new RunFailure("the catalog did not end after " + MAX_PAGES + " pages");
    }

    /**
     * Pulls completion pages and stores each with its watermark in one transaction. The next page is
     * requested as soon as the previous one arrives, so fetching it overlaps storing this one (calls
     * into the session stay one at a time).
     */
    private void syncCompletions(long organizationId, long runId, long connectionId, String watermark, PluginSession session, SyncWriter writer,
                                 AtomicInteger rejectedByPlugin) {
        long waiting = 0;
        long storing = 0;
        Future<CompletionPage> next = calls.submit(() -> session.completionPage(watermark, null));
        try {
            String cursor = null;
            for (int pages = 0; pages < MAX_PAGES; pages++) {
                long before = System.nanoTime();
                CompletionPage page = await(next, "completionPage");
                long arrived = System.nanoTime();
                waiting += arrived - before;
                if (page == null) {
                    throw new RunFailure("the plugin returned no completion page");
                }
                int rejected = rejectedByPlugin.getAndSet(0);
                if (!page.isLast()) {
                    if (page.nextCursor().equals(cursor)) {
                        throw new RunFailure("the plugin returned the same completion cursor twice");
                    }
                    cursor = page.nextCursor();
                    String following = cursor;
                    next = calls.submit(() -> session.completionPage(watermark, following));
                }
                dsl.transaction(tx -> {
                    SyncCounts counts = writer.writeCompletions(tx.dsl(), page.records(), now());
                    repository.addCounts(tx.dsl(), runId, withRejected(counts, rejected), page.total(), now());
                    if (page.watermark() != null) {
                        if (page.watermark().length() > 2000) {
                            throw new RunFailure("the plugin's watermark is longer than 2000 characters");
                        }
                        repository.saveWatermark(tx.dsl(), connectionId, page.watermark());
                    }
                });
                events.publish(new DomainEvent.SyncRunChanged(organizationId, runId));
                storing += System.nanoTime() - arrived;
                if (page.isLast()) {
                    LOG.log(System.Logger.Level.INFO, "sync run {0}: {1} pages, {2} ms waiting for the plugin, {3} ms storing",
                            runId, pages + 1, waiting / 1_000_000, storing / 1_000_000);
                    return;
                }
            }
            throw new RunFailure("the completions did not end after " + MAX_PAGES + " pages");
        } finally {
            next.cancel(true);
        }
    }

    private static SyncCounts withRejected(SyncCounts counts, int rejectedByPlugin) {
        return new SyncCounts(counts.pages(), counts.fetched() + rejectedByPlugin, counts.created(), counts.updated(),
                counts.unchanged(), counts.rejected() + rejectedByPlugin);
    }

    /** A plugin's verdict on settings, under the same time limit as any call (for configurePluginConnection). */
    List<SettingProblem> validate(PluginRegistry.Installed plugin, PluginSettings settings) {
        return call(() -> plugin.plugin().validate(settings), "validate");
    }

    /** Calls into the plugin on its own thread, with the time limit; a hung call is interrupted and fails the run. */
    private <T> T call(Callable<T> work, String what) {
        return await(calls.submit(work), what);
    }

    private <T> T await(Future<T> future, String what) {
        try {
            return future.get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new RunFailure("the plugin did not answer " + what + " within " + callTimeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new RunFailure("the run was interrupted (server stopping)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new RunFailure(what + " failed: " + cause);
        }
    }

    private static String reason(String pluginId, Throwable e) {
        if (e instanceof PluginException plugin) {
            return plugin.kind() + ": " + plugin.getMessage();
        }
        if (e instanceof RunFailure failure) {
            return failure.getMessage();
        }
        if (e instanceof IllegalArgumentException || e instanceof NullPointerException) {
            return "the plugin " + pluginId + " returned malformed data: " + e.getMessage();
        }
        return "the plugin " + pluginId + " failed: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /**
     * Marks runs left QUEUED or RUNNING by a stopped server FAILED, unless some replica still holds
     * their connection's lock; the next run resumes from the stored watermark.
     */
    public void failInterruptedRuns() {
        try (Connection connection = dataSource.getConnection()) {
            for (SyncRun run : repository.unfinished(dsl)) {
                if (isFree(connection, "praxis-sync-" + run.connectionId())) {
                    repository.finishRun(dsl, run.id(), SyncStatus.FAILED,
                            List.of("interrupted: the server stopped during the run; the next run resumes from the last stored page"),
                            now());
                    changed(run.id());
                }
            }
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot check for interrupted sync runs", e);
        }
    }

    /** Starts runs for connections whose schedule (an ISO-8601 duration such as PT6H) is due; one replica at a time. */
    public void startDueRuns() {
        try (Connection lock = dataSource.getConnection()) {
            if (!namedLock(lock, "SELECT GET_LOCK(?, 0)", "praxis-sync-scheduler")) {
                return;
            }
            try {
                List<SyncRepository.StoredConnection> scheduled = repository.scheduled(dsl);
                Map<Long, List<Long>> byOrganization = new HashMap<>();
                scheduled.forEach(c -> byOrganization.computeIfAbsent(c.organizationId(), k -> new ArrayList<>()).add(c.connection().id()));
                for (SyncRepository.StoredConnection connection : scheduled) {
                    Duration every = Schedules.parse(connection.connection().schedule());
                    SyncRun last = repository.lastRuns(dsl, connection.organizationId(), List.of(connection.connection().id()))
                            .get(connection.connection().id());
                    boolean due = last == null || last.queuedAt().toLocalDateTime().plus(every).isBefore(now())
                            || last.queuedAt().toLocalDateTime().plus(every).isEqual(now());
                    boolean busy = last != null && (last.status() == SyncStatus.QUEUED || last.status() == SyncStatus.RUNNING);
                    if (due && !busy) {
                        start(connection.organizationId(), connection.connection().id(), "SCHEDULE");
                    }
                }
            } finally {
                namedLock(lock, "SELECT RELEASE_LOCK(?)", "praxis-sync-scheduler");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "scheduled sync check failed", e);
        }
    }

    /** Tells subscribers that a run changed (its organization read back when the caller does not hold it). */
    private void changed(long runId) {
        Long organizationId = repository.organizationOfRun(dsl, runId);
        if (organizationId != null) {
            events.publish(new DomainEvent.SyncRunChanged(organizationId, runId));
        }
    }

    private static boolean namedLock(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }

    private static boolean isFree(Connection connection, String name) throws SQLException {
        return namedLock(connection, "SELECT IS_FREE_LOCK(?)", name);
    }

    private static List<String> capped(List<String> errors) {
        synchronized (errors) {
            if (errors.size() <= MAX_ERRORS) {
                return List.copyOf(errors);
            }
            List<String> first = new ArrayList<>(errors.subList(0, MAX_ERRORS));
            first.add((errors.size() - MAX_ERRORS) + " more not listed");
            return first;
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private static java.util.concurrent.ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Waits up to {@code timeout} for running syncs to end, then interrupts them. */
    @Override
    public void close() {
        runs.shutdownNow();
        calls.shutdownNow();
        try {
            runs.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A failure of the run with a message for the operators. */
    static final class RunFailure extends RuntimeException {
        RunFailure(String message) {
            super(message, null, false, false);
        }
    }

    /** What a plugin gets: the real clock, interruptible sleeps, a log, and rejections that end up on the run. */
    private record RunContext(String pluginId, long runId, List<String> errors, AtomicInteger rejected) implements PluginContext {
        @Override
        public void log(String message) {
            LOG.log(System.Logger.Level.INFO, "[{0} run {1}] {2}", pluginId, runId, message);
        }

        @Override
        public void reject(String reason) {
            rejected.incrementAndGet();
            errors.add("rejected: " + reason);
        }
    }
}
