package dev.praxis.spi;

/**
 * One sync run's conversation with the vendor. Pages are pulled one at a time, so the host never holds
 * more than one page in memory; cursors are opaque to the host and only valid within one session.
 *
 * <p>Failures are reported by throwing {@link PluginException}; any other exception is treated as a
 * bug in the plugin. Both fail the run and never the host.
 */
public interface PluginSession extends AutoCloseable {

    /**
     * A page of the catalog. {@code cursor} is null for the first page, else the
     * {@link CatalogPage#nextCursor()} of the previous one. Only for plugins with {@link Capability#CATALOG}.
     */
    default CatalogPage catalogPage(String cursor) {
        throw new UnsupportedOperationException("this plugin has no catalog");
    }

    /**
     * A page of the completion records reported after {@code watermark} (null: from the beginning).
     * {@code cursor} is null for the first page of the run, else the previous page's
     * {@link CompletionPage#nextCursor()}. Once the host has stored a page it keeps
     * {@link CompletionPage#watermark()}; a later run (or a run restarted after a crash) passes it back
     * and must receive every record not covered by it. Records may be delivered again: the host
     * deduplicates on {@link CompletionRecord#externalRecordId()}.
     * Only for plugins with {@link Capability#COMPLETIONS}.
     */
    default CompletionPage completionPage(String watermark, String cursor) {
        throw new UnsupportedOperationException("this plugin reports no completions");
    }

    /** Releases what the session holds. Called once by the host; must not throw. */
    @Override
    default void close() {
    }
}
