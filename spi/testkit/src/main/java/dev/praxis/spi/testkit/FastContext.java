package dev.praxis.spi.testkit;

import dev.praxis.spi.PluginContext;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A plugin context for tests: waits are recorded instead of slept, log lines are kept. */
public final class FastContext implements PluginContext {
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final List<String> logs = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
    }

    @Override
    public void log(String message) {
        logs.add(message);
    }

    @Override
    public void reject(String reason) {
        logs.add("rejected: " + reason);
    }

    public List<Duration> waits() {
        return List.copyOf(waits);
    }

    public List<String> logs() {
        return List.copyOf(logs);
    }
}
