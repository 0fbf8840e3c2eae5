package dev.praxis.plugins;

import dev.praxis.spi.PluginDescriptor;
import dev.praxis.spi.PraxisPlugin;
import dev.praxis.spi.SpiVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * The installed plugins: those on the server's class path, and those in a plugins directory, where
 * each jar, or each folder of jars, gets its own {@link PluginClassLoader}. A plugin id seen twice,
 * a jar without a provider and a jar built against an incompatible SPI stop the start with a clear
 * message; every registration is logged.
 */
public final class PluginRegistry {
    private static final System.Logger LOG = System.getLogger(PluginRegistry.class.getName());

    /** A loaded plugin and where it came from (for messages). */
    public record Installed(PraxisPlugin plugin, PluginDescriptor descriptor, String origin) {
    }

    private final Map<String, Installed> plugins = new LinkedHashMap<>();
    private final SpiVersion hostVersion = SpiVersion.current();

    public static PluginRegistry load(ClassLoader classPath, Optional<Path> pluginsDirectory) {
        PluginRegistry registry = new PluginRegistry();
        registry.loadFrom(classPath, "class path", false);
        pluginsDirectory.ifPresent(registry::loadDirectory);
        return registry;
    }

    /** Registers a plugin instance directly (tests). */
    public void register(PraxisPlugin plugin, String origin) {
        PluginDescriptor descriptor = requireNonNull(plugin.descriptor(), origin + ": descriptor() returned null");
        Installed existing = plugins.get(descriptor.id());
        if (existing != null) {
            throw new IllegalStateException("plugin id '" + descriptor.id() + "' is provided twice: by " + existing.origin()
                    + " and by " + origin);
        }
        plugins.put(descriptor.id(), new Installed(plugin, descriptor, origin));
        LOG.log(System.Logger.Level.INFO, "Registered plugin {0} {1} ({2}, {3}) from {4}", descriptor.id(),
                descriptor.version(), descriptor.category(), descriptor.capabilities(), origin);
    }

    private void loadDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("plugins directory " + directory + " does not exist");
        }
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : entries.sorted().toList()) {
                List<Path> jars = Files.isDirectory(entry) ? jarsIn(entry)
                        : entry.toString().endsWith(".jar") ? List.of(entry) : List.of();
                if (!jars.isEmpty()) {
                    checkSpiVersion(entry, jars);
                    URL[] urls = jars.stream().map(PluginRegistry::url).toArray(URL[]::new);
                    PluginClassLoader loader = new PluginClassLoader(entry.getFileName().toString(), urls,
                            PraxisPlugin.class.getClassLoader());
                    loadFrom(loader, entry.toString(), true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list plugins directory " + directory, e);
        }
    }

    private void loadFrom(ClassLoader loader, String origin, boolean mustProvide) {
        int found = 0;
        try {
            for (PraxisPlugin plugin : ServiceLoader.load(PraxisPlugin.class, loader)) {
                if (mustProvide && plugin.getClass().getClassLoader() != loader) {
                    continue;
                }
                register(plugin, origin);
                found++;
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("cannot load the plugin in " + origin + ": " + e.getMessage(), e);
        }
        if (mustProvide && found == 0) {
            throw new IllegalStateException(origin + " provides no plugin (META-INF/services/" + PraxisPlugin.class.getName() + ")");
        }
    }

    /** The jar with the provider declares the SPI version it was built against; refuse an incompatible one. */
    private void checkSpiVersion(Path entry, List<Path> jars) throws IOException {
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                if (file.getEntry("META-INF/services/" + PraxisPlugin.class.getName()) == null) {
                    continue;
                }
                String declared = file.getManifest() == null ? null
                        : file.getManifest().getMainAttributes().getValue(SpiVersion.MANIFEST_ATTRIBUTE);
                if (declared == null) {
                    throw new IllegalStateException(jar + " does not say which Praxis SPI it was built against (manifest "
                            + SpiVersion.MANIFEST_ATTRIBUTE + "); rebuild it with the Praxis plugin parent pom");
                }
                SpiVersion built = SpiVersion.parse(declared);
                if (!hostVersion.canRun(built)) {
                    throw new IllegalStateException(jar + " was built against Praxis SPI " + built
                            + ", which this server (SPI " + hostVersion + ") cannot run; rebuild it against SPI " + hostVersion);
                }
            }
        }
    }

    private static List<Path> jarsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Installed> plugin(String id) {
        return Optional.ofNullable(plugins.get(id));
    }

    public Collection<Installed> all() {
        return List.copyOf(plugins.values());
    }

    public List<PluginDescriptor> descriptors() {
        return new ArrayList<>(plugins.values().stream().map(Installed::descriptor).toList());
    }
}
