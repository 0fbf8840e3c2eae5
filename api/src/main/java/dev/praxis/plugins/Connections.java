package dev.praxis.plugins;

import dev.praxis.spi.PluginDescriptor;
import dev.praxis.spi.PluginSettings;
import dev.praxis.spi.SettingSpec;

import java.util.HashMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/** Splits a connection's settings into plain and secret ones, seals the secrets and opens them again for a run. */
public final class Connections {
    /** What a secret setting reads as, always. */
    public static final String MASK = "********";

    private final SecretBox secrets;

    public Connections(SecretBox secrets) {
        this.secrets = requireNonNull(secrets, "secrets is null");
    }

    /** The plain values and the sealed secret values of new settings. */
    record Split(Map<String, String> plain, Map<String, String> sealed) {
    }

    /**
     * Splits settings by the descriptor. A secret given as the mask (or left out) keeps the value
     * stored before, so a client can send back what it read without erasing secrets.
     */
    Split split(long organizationId, String connectionName, PluginDescriptor descriptor, Map<String, String> given,
                Map<String, String> previouslySealed) {
        Map<String, String> plain = new HashMap<>();
        Map<String, String> sealed = new HashMap<>();
        for (SettingSpec spec : descriptor.settings()) {
            String value = given.get(spec.name());
            if (!spec.secret()) {
                if (value != null && !value.isBlank()) {
                    plain.put(spec.name(), value.strip());
                }
            } else if (value == null || value.equals(MASK)) {
                String previous = previouslySealed.get(spec.name());
                if (previous != null) {
                    sealed.put(spec.name(), previous);
                }
            } else if (!value.isBlank()) {
                sealed.put(spec.name(), secrets.encrypt(value.strip(), context(organizationId, connectionName, spec.name())));
            }
        }
        return new Split(plain, sealed);
    }

    /** The settings as the plugin sees them, for validation before storing. */
    PluginSettings preview(long organizationId, String connectionName, Split split) {
        Map<String, String> values = new HashMap<>(split.plain());
        split.sealed().forEach((name, value) -> values.put(name, secrets.decrypt(value, context(organizationId, connectionName, name))));
        return PluginSettings.of(values);
    }

    PluginSettings settingsForRun(SyncRepository.StoredConnection stored) {
        Map<String, String> values = new HashMap<>(stored.connection().settings());
        stored.sealedSecrets().forEach((name, value) -> values.put(name,
                secrets.decrypt(value, context(stored.organizationId(), stored.connection().name(), name))));
        return PluginSettings.of(values);
    }

    private static String context(long organizationId, String connectionName, String setting) {
        return organizationId + "/" + connectionName + "/" + setting;
    }
}
