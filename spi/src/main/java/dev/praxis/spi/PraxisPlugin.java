package dev.praxis.spi;

/**
 * The one entry point of a vendor plugin, found through {@link java.util.ServiceLoader}: a jar lists
 * its implementation in {@code META-INF/services/dev.praxis.spi.PraxisPlugin}.
 *
 * <p>Every method but {@link #descriptor()} has a default, so a later version of this contract can add
 * extension points without breaking plugins built against an earlier one.
 *
 * <p>Lifecycle: the host creates the plugin once (public no-argument constructor), reads its
 * descriptor, and for every sync run calls {@link #validate} and then {@link #open} with the
 * connection's settings. The host closes each {@link PluginSession} when the run ends, whether it
 * succeeded or not. The host calls a plugin from more than one thread, but never one session from two
 * threads at once. Each call has a time limit; a call that runs over it is interrupted and fails the run.
 */
public interface PraxisPlugin {

    /** Who the plugin is and which settings it needs. Must be cheap and always return the same value. */
    PluginDescriptor descriptor();

    /**
     * Problems with these settings, as sentences naming the setting; empty when they are usable.
     * The default checks that every required setting is present and that no unknown one is given.
     * Must not call the vendor.
     */
    default java.util.List<SettingProblem> validate(PluginSettings settings) {
        return descriptor().checkSettings(settings);
    }

    /**
     * Opens a session for one sync run against the vendor, with already validated settings. Should not
     * call the vendor yet (authentication may happen lazily on the first page).
     */
    default PluginSession open(PluginSettings settings, PluginContext context) {
        throw new UnsupportedOperationException(descriptor().id() + " reads no data");
    }
}
