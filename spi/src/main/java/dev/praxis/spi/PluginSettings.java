package dev.praxis.spi;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/** A connection's settings, secrets already decrypted. Blank values count as absent. */
public final class PluginSettings {
    private final Map<String, String> values;

    private PluginSettings(Map<String, String> values) {
        this.values = values;
    }

    public static PluginSettings of(Map<String, String> values) {
        requireNonNull(values, "values is null");
        Map<String, String> copy = new TreeMap<>();
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                copy.put(requireNonNull(name, "name is null"), value.strip());
            }
        });
        return new PluginSettings(Map.copyOf(copy));
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A setting the descriptor marks required (validation has already checked it is there). */
    public String require(String name) {
        return get(name).orElseThrow(() -> PluginException.configuration(name + " is not set"));
    }

    public URI uri(String name) {
        String value = require(name);
        try {
            URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw PluginException.configuration(name + " is not an absolute URL: " + value);
        }
    }

    public int integer(String name, int fallback) {
        Optional<String> value = get(name);
        try {
            return value.map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw PluginException.configuration(name + " is not a whole number: " + value.get());
        }
    }

    public Duration duration(String name, Duration fallback) {
        return get(name).map(Duration::parse).orElse(fallback);
    }

    public Set<String> names() {
        return values.keySet();
    }

    /** Names only: values may be secret. */
    @Override
    public String toString() {
        return "PluginSettings" + values.keySet();
    }
}
