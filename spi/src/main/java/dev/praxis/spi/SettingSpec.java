package dev.praxis.spi;

import static java.util.Objects.requireNonNull;

/**
 * A setting a plugin needs from each connection. Secret settings are encrypted at rest by the host and
 * never shown again once stored.
 */
public record SettingSpec(String name, String description, boolean required, boolean secret) {

    public SettingSpec {
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        if (!name.matches("[a-zA-Z][a-zA-Z0-9_]{0,63}")) {
            throw new IllegalArgumentException("setting name must be a letter then letters, digits or _: " + name);
        }
    }

    public static SettingSpec required(String name, String description) {
        return new SettingSpec(name, description, true, false);
    }

    public static SettingSpec optional(String name, String description) {
        return new SettingSpec(name, description, false, false);
    }

    public static SettingSpec secret(String name, String description) {
        return new SettingSpec(name, description, true, true);
    }
}
