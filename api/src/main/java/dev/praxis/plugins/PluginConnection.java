package dev.praxis.plugins;

import dev.praxis.graphql.relay.Identified;

import java.util.Map;
import java.util.Set;

/**
 * An organization's configured use of a plugin. {@code settings} holds the plain values only;
 * {@code secretNames} says which secret settings are set, never their values.
 */
public record PluginConnection(long id, String pluginId, String name, Map<String, String> settings, Set<String> secretNames,
                               String schedule) implements Identified {
}
