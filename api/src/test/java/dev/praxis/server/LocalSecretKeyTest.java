package dev.praxis.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class LocalSecretKeyTest {

    @Test
    void createsA256BitKeyOnceAndReadsTheSameOneAfterARestart(@TempDir Path dataDir) throws Exception {
        String first = LocalSecretKey.loadOrCreate(dataDir.resolve("mariadb"));
        String second = LocalSecretKey.loadOrCreate(dataDir.resolve("mariadb"));
        assertThat(second).isEqualTo(first);
        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("mariadb").resolve("secret.key"))))
                .isEqualTo("rw-------");
        assertThat(LocalSecretKey.loadOrCreate(dataDir.resolve("other"))).isNotEqualTo(first);
    }
}
