package dev.praxis.plugins;

/** Where a sync run stands. */
public enum SyncStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED
}
