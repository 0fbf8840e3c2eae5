package dev.praxis.spi;

/** What a plugin can supply. New capabilities (such as AI-tool usage) will be added, never renamed. */
public enum Capability {
    /** Catalog items: {@link PluginSession#catalogPage}. */
    CATALOG,
    /** Learners' completion records: {@link PluginSession#completionPage}. */
    COMPLETIONS
}
