package dev.praxis.spi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Who a plugin is: a stable id (lower-case, also the source name on the records it brings), a display
 * name, its own version, the provider category, what it supplies and the settings it needs.
 */
public record PluginDescriptor(String id, String name, String version, ProviderCategory category,
                               Set<Capability> capabilities, List<SettingSpec> settings) {

    public PluginDescriptor {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(version, "version is null");
        requireNonNull(category, "category is null");
        capabilities = Set.copyOf(requireNonNull(capabilities, "capabilities is null"));
        settings = List.copyOf(requireNonNull(settings, "settings is null"));
        if (!id.matches("[a-z][a-z0-9-]{1,63}")) {
            throw new IllegalArgumentException("plugin id must be lower-case letters, digits and dashes: " + id);
        }
        Set<String> names = new HashSet<>();
        for (SettingSpec setting : settings) {
            if (!names.add(setting.name())) {
                throw new IllegalArgumentException("setting " + setting.name() + " is declared twice");
            }
        }
    }

    public SettingSpec setting(String name) {
        return settings.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    /** Required settings missing or blank, and settings this plugin does not know. */
    public List<SettingProblem> checkSettings(PluginSettings given) {
        List<SettingProblem> problems = new ArrayList<>();
        for (SettingSpec spec : settings) {
            if (spec.required() && given.get(spec.name()).isEmpty()) {
                problems.add(new SettingProblem(spec.name(), spec.name() + " is required: " + spec.description()));
            }
        }
        for (String name : given.names()) {
            if (setting(name) == null) {
                problems.add(new SettingProblem(name, name + " is not a setting of " + id));
            }
        }
        return problems;
    }
}
