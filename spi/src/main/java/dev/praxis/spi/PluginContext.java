package dev.praxis.spi;

import java.time.Clock;
import java.time.Duration;

/** What the host gives a session: its clock, a way to wait (tests make it fast) and a log. */
public interface PluginContext {

    default Clock clock() {
        return Clock.systemUTC();
    }

    /** Waits, e.g. before retrying after HTTP 429 or 5xx. Throws if the run was cancelled. */
    default void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration);
    }

    /** Notes something worth knowing about the run (a retry, a skipped row); the host shows it to operators. */
    default void log(String message) {
        System.getLogger("dev.praxis.plugin").log(System.Logger.Level.INFO, message);
    }

    /**
     * Reports a vendor record the plugin skipped because it cannot be read (a bad row, an unknown
     * verb's malformed statement); the host counts it as rejected and shows the reason.
     */
    default void reject(String reason) {
        log("rejected: " + reason);
    }

    /** A context with the defaults above. */
    static PluginContext defaults() {
        return new PluginContext() {
        };
    }
}
