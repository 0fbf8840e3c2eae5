package dev.praxis.plugins;

import dev.praxis.spi.PraxisPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PluginRegistryTest {
    /** The custom-LMS plugin as its module builds it: its jar and its libraries. */
    private static final Path PLUGIN_BUILD = Path.of("..", "plugins", "custom-lms", "target");

    @Test
    void findsThePluginsOnTheClassPath() {
        PluginRegistry registry = PluginRegistry.load(getClass().getClassLoader(), Optional.empty());
        assertThat(registry.plugin("custom-lms")).isPresent();
        assertThat(registry.plugin("test-misbehaving")).isPresent();
    }

    @Test
    void loadsAPluginFolderInItsOwnClassLoader(@TempDir Path plugins) throws Exception {
        copyPlugin(plugins.resolve("custom-lms"));
        PluginRegistry registry = PluginRegistry.load(ClassLoader.getPlatformClassLoader(), Optional.of(plugins));
        PraxisPlugin plugin = registry.plugin("custom-lms").orElseThrow().plugin();
        assertThat(plugin.getClass().getClassLoader()).isInstanceOf(PluginClassLoader.class);
        assertThat(plugin.getClass().getName()).isEqualTo("dev.praxis.plugins.customlms.CustomLmsPlugin");
        assertThat(plugin.getClass()).as("not the class path's copy").isNotSameAs(classPathCopy());
        assertThat(plugin.getClass().getClassLoader().loadClass(PraxisPlugin.class.getName()))
                .as("the SPI is shared with the server").isSameAs(PraxisPlugin.class);
        assertThat(plugin.descriptor().capabilities()).isNotEmpty();
    }

    @Test
    void rejectsADuplicateId(@TempDir Path plugins) throws IOException {
        copyPlugin(plugins.resolve("custom-lms-copy"));
        assertThatThrownBy(() -> PluginRegistry.load(getClass().getClassLoader(), Optional.of(plugins)))
                .hasMessageContaining("plugin id 'custom-lms' is provided twice");
    }

    @Test
    void refusesAPluginBuiltAgainstAnIncompatibleSpi(@TempDir Path plugins) throws IOException {
        writeJar(plugins.resolve("future.jar"), "2.0");
        assertThatThrownBy(() -> PluginRegistry.load(ClassLoader.getPlatformClassLoader(), Optional.of(plugins)))
                .hasMessageContaining("was built against Praxis SPI 2.0, which this server (SPI 1.0) cannot run");
        Path unversioned = Files.createDirectories(plugins.resolveSibling(plugins.getFileName() + "-b"));
        writeJar(unversioned.resolve("old.jar"), null);
        assertThatThrownBy(() -> PluginRegistry.load(ClassLoader.getPlatformClassLoader(), Optional.of(unversioned)))
                .hasMessageContaining("does not say which Praxis SPI it was built against");
    }

    @Test
    void aJarWithoutAProviderStopsTheStart(@TempDir Path plugins) throws IOException {
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plugins.resolve("empty.jar")))) {
            jar.putNextEntry(new JarEntry("readme.txt"));
            jar.write("nothing".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> PluginRegistry.load(ClassLoader.getPlatformClassLoader(), Optional.of(plugins)))
                .hasMessageContaining("provides no plugin");
    }

    private static Class<?> classPathCopy() {
        try {
            return Class.forName("dev.praxis.plugins.customlms.CustomLmsPlugin");
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static void copyPlugin(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> jars = Files.list(PLUGIN_BUILD)) {
            for (Path jar : jars.filter(p -> p.getFileName().toString().matches("praxis-plugin-custom-lms-[^-]+-SNAPSHOT\\.jar")).toList()) {
                Files.copy(jar, target.resolve(jar.getFileName()));
            }
        }
        try (Stream<Path> libs = Files.list(PLUGIN_BUILD.resolve("plugin").resolve("praxis-plugin-custom-lms"))) {
            for (Path lib : libs.toList()) {
                Files.copy(lib, target.resolve(lib.getFileName()));
            }
        }
    }

    private static void writeJar(Path path, String spiVersion) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (spiVersion != null) {
            manifest.getMainAttributes().putValue("Praxis-Spi-Version", spiVersion);
        }
        try (OutputStream out = Files.newOutputStream(path); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new JarEntry("META-INF/services/dev.praxis.spi.PraxisPlugin"));
            jar.write("com.example.Future\n".getBytes(StandardCharsets.UTF_8));
        }
    }
}
