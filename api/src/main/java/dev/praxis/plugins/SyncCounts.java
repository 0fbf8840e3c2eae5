package dev.praxis.plugins;

/** What one stored page (or a whole run) did. */
record SyncCounts(int pages, int fetched, int created, int updated, int unchanged, int rejected) {
    static final SyncCounts NONE = new SyncCounts(0, 0, 0, 0, 0, 0);
}
