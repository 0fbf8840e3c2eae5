package dev.praxis.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the database the configuration names: the external MariaDB when PRAXIS_DB_URL is set,
 * otherwise the embedded one in the data folder. A second command (say {@code apikey create}
 * while the server runs) reuses the embedded server that is already up instead of starting a
 * second one on the same files.
 */
public final class DatabaseBootstrap implements AutoCloseable {
    private static final String DATABASE_NAME = "praxis";
    private static final System.Logger LOG = System.getLogger(DatabaseBootstrap.class.getName());

    private final Database database;
    private final EmbeddedMariaDb embedded;
    private final Path portFile;

    private DatabaseBootstrap(Database database, EmbeddedMariaDb embedded, Path portFile) {
        this.database = database;
        this.embedded = embedded;
        this.portFile = portFile;
    }

    public static DatabaseBootstrap open(PraxisConfig config) {
        if (config.externalDatabase().isPresent()) {
            PraxisConfig.DatabaseSettings settings = config.externalDatabase().get();
            Database database = Database.connect(settings.url(), settings.user(), settings.password(), config.requestTimeout());
            return migrated(config, new DatabaseBootstrap(database, null, null));
        }
        Path portFile = config.dataDir().resolve("server.port");
        Optional<Integer> running = runningEmbeddedPort(portFile);
        if (running.isPresent()) {
            LOG.log(System.Logger.Level.INFO, "Using the embedded MariaDB already running on port {0}", running.get());
            Database database = Database.connect("jdbc:mariadb://127.0.0.1:" + running.get() + "/" + DATABASE_NAME,
                    "root", "", config.requestTimeout());
            return migrated(config, new DatabaseBootstrap(database, null, null));
        }
        EmbeddedMariaDb embedded = EmbeddedMariaDb.start(config.dataDir());
        try {
            String url = embedded.createDatabase(DATABASE_NAME);
            Files.writeString(portFile, String.valueOf(embedded.port()));
            Database database = Database.connect(url, "root", "", config.requestTimeout());
            return migrated(config, new DatabaseBootstrap(database, embedded, portFile));
        } catch (IOException | RuntimeException e) {
            embedded.close();
            throw new IllegalStateException("Could not prepare the embedded database: " + e.getMessage(), e);
        }
    }

    private static DatabaseBootstrap migrated(PraxisConfig config, DatabaseBootstrap bootstrap) {
        if (config.migrateOnStart()) {
            int applied = bootstrap.database.migrate();
            if (applied > 0) {
                LOG.log(System.Logger.Level.INFO, "Applied {0} database migrations", applied);
            }
        }
        return bootstrap;
    }

    private static Optional<Integer> runningEmbeddedPort(Path portFile) {
        try {
            if (!Files.exists(portFile)) {
                return Optional.empty();
            }
            int port = Integer.parseInt(Files.readString(portFile).strip());
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return Optional.of(port);
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
        if (embedded != null) {
            embedded.close();
            try {
                Files.deleteIfExists(portFile);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not remove {0}", portFile);
            }
        }
    }
}
