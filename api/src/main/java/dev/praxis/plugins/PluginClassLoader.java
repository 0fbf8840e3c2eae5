package dev.praxis.plugins;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * A plugin's own class loader over its jars. Its parent is the platform loader, so the plugin sees
 * the JDK and its own libraries only; the SPI package alone comes from the server, so both sides
 * agree on the contract's types while a plugin's Jackson, say, never meets the server's.
 */
final class PluginClassLoader extends URLClassLoader {
    private static final String SPI_PACKAGE = "dev.praxis.spi.";
    private final ClassLoader spiLoader;

    PluginClassLoader(String name, URL[] jars, ClassLoader spiLoader) {
        super(name, jars, ClassLoader.getPlatformClassLoader());
        this.spiLoader = spiLoader;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SPI_PACKAGE)) {
            return spiLoader.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        if (name.startsWith("dev/praxis/spi/")) {
            return spiLoader.getResource(name);
        }
        return super.getResource(name);
    }
}
