package dev.praxis.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this contract, filtered into the SPI jar at build time. A plugin jar records the
 * version it was built against in its manifest ({@value #MANIFEST_ATTRIBUTE}); the host loads it when
 * the major versions match and the plugin's minor is not newer than the host's.
 */
public record SpiVersion(int major, int minor) {
    public static final String MANIFEST_ATTRIBUTE = "Praxis-Spi-Version";

    public static SpiVersion current() {
        try (InputStream in = SpiVersion.class.getResourceAsStream("spi-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("spi-version.properties is missing from the SPI jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return parse(properties.getProperty("version"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SpiVersion parse(String text) {
        if (text == null || !text.strip().matches("\\d+\\.\\d+(\\..*)?")) {
            throw new IllegalArgumentException("not an SPI version (major.minor): " + text);
        }
        String[] parts = text.strip().split("\\.");
        return new SpiVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** Whether a plugin built against {@code built} can run on this host version. */
    public boolean canRun(SpiVersion built) {
        return built.major == major && built.minor <= minor;
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
