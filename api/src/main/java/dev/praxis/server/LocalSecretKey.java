package dev.praxis.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key plugin secrets are sealed with when no PRAXIS_SECRET_KEY is configured and the data is
 * local anyway (the embedded database): kept beside that data, readable by its owner only, so
 * that stored secrets survive a restart of the zero-set-up server. Production sets the key.
 */
final class LocalSecretKey {
    private static final String FILE_NAME = "secret.key";

    private LocalSecretKey() {
    }

    static String loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(dataDir);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.writeString(file, encoded);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions have to do
            }
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the local secret key " + file, e);
        }
    }
}
