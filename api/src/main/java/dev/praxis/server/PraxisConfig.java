package dev.praxis.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the server reads from its environment, read once at start.
 *
 * @param port             HTTP port; 0 picks a free one
 * @param externalDatabase the MariaDB to use; empty means start an embedded one
 * @param dataDir          where the embedded MariaDB keeps its data between runs
 * @param migrateOnStart   whether Flyway migrates the schema at start
 * @param requestTimeout   the longest one GraphQL request may run
 * @param maxBodyBytes     the largest request body accepted
 */
public record PraxisConfig(
        int port,
        Optional<DatabaseSettings> externalDatabase,
        Path dataDir,
        boolean migrateOnStart,
        Duration requestTimeout,
        long maxBodyBytes) {

    public static final int DEFAULT_PORT = 8080;

    public record DatabaseSettings(String url, String user, String password) {
        @Override
        public String toString() {
            return "DatabaseSettings[url=" + url + ", user=" + user + ", password=***]";
        }
    }

    public static PraxisConfig fromEnvironment() {
        return from(System.getenv());
    }

    static PraxisConfig from(Map<String, String> env) {
        Optional<DatabaseSettings> database = Optional.ofNullable(env.get("PRAXIS_DB_URL"))
                .filter(url -> !url.isBlank())
                .map(url -> new DatabaseSettings(url,
                        env.getOrDefault("PRAXIS_DB_USER", "root"),
                        env.getOrDefault("PRAXIS_DB_PASSWORD", "")));
        return new PraxisConfig(
                Integer.parseInt(env.getOrDefault("PRAXIS_PORT", String.valueOf(DEFAULT_PORT))),
                database,
                Path.of(env.getOrDefault("PRAXIS_DATA_DIR", ".praxis/mariadb")).toAbsolutePath(),
                !"false".equalsIgnoreCase(env.getOrDefault("PRAXIS_DB_MIGRATE", "true")),
                Duration.ofSeconds(Long.parseLong(env.getOrDefault("PRAXIS_REQUEST_TIMEOUT_SECONDS", "10"))),
                Long.parseLong(env.getOrDefault("PRAXIS_MAX_BODY_BYTES", String.valueOf(10L * 1024 * 1024))));
    }

    public PraxisConfig withPort(int newPort) {
        return new PraxisConfig(newPort, externalDatabase, dataDir, migrateOnStart, requestTimeout, maxBodyBytes);
    }
}
