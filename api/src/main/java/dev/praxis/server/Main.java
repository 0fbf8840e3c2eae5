package dev.praxis.server;

import dev.praxis.auth.ApiKeys;
import dev.praxis.demo.DemoOrganization;
import io.helidon.logging.common.LogConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** The command line: {@code run} starts the server, {@code apikey create} mints a key. */
@Command(name = "praxis", mixinStandardHelpOptions = true,
        description = "Praxis: a GraphQL API for AI capability programs that change behaviour.",
        subcommands = {Main.Run.class, Main.ApiKey.class})
public final class Main {

    public static void main(String[] args) {
        // Quiet start: our logging.properties before any library logs, and no jOOQ banner.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        LogConfig.configureRuntime();
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Command(name = "run", description = "Start the server (with an embedded MariaDB unless PRAXIS_DB_URL is set).")
    static final class Run implements Callable<Integer> {
        @Option(names = "--port", description = "HTTP port (default: PRAXIS_PORT or 8080; 0 picks a free one).")
        Integer port;

        @Option(names = "--demo", description = "Load the demo organization unless it is there, and print an API key for it.")
        boolean demo;

        @Option(names = "--demo-size", defaultValue = "2000", description = "People in the demo organization (default: ${DEFAULT-VALUE}).")
        int demoSize;

        @Override
        public Integer call() throws InterruptedException {
            PraxisConfig config = PraxisConfig.fromEnvironment();
            if (port != null) {
                config = config.withPort(port);
            }
            Clock clock = Clock.systemUTC();
            DatabaseBootstrap bootstrap = DatabaseBootstrap.open(config);
            if (demo) {
                DemoOrganization.Result result = DemoOrganization.ensure(bootstrap.database().dsl(), demoSize, clock);
                System.out.println("Demo organization: " + result.organizationName()
                        + (result.created() ? " (created)" : " (already there)"));
                System.out.println("Demo API key: " + result.apiKey());
            }
            Map<String, String> environment = new HashMap<>(System.getenv());
            if (config.externalDatabase().isEmpty() && !environment.containsKey("PRAXIS_SECRET_KEY")) {
                environment.put("PRAXIS_SECRET_KEY", LocalSecretKey.loadOrCreate(config.dataDir()));
            }
            PraxisServer server;
            try {
                server = PraxisServer.start(config, bootstrap.database(), clock, environment);
            } catch (IllegalStateException e) {
                System.err.println("praxis: " + e.getMessage());
                bootstrap.close();
                return 1;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                bootstrap.close();
                stopped.countDown();
            }, "praxis-shutdown"));
            System.out.println("Praxis GraphQL API ready at http://localhost:" + server.port() + "/graphql");
            stopped.await();
            return 0;
        }
    }

    @Command(name = "apikey", description = "Manage API keys.",
            subcommands = {ApiKey.Create.class, ApiKey.ListKeys.class, ApiKey.Revoke.class})
    static final class ApiKey {
        @Command(name = "create", description = "Create an API key for an organization (created if new). The key is the last line printed.")
        static final class Create implements Callable<Integer> {
            @Option(names = "--org", required = true, description = "The organization's name.")
            String organization;

            @Option(names = "--label", defaultValue = "default", description = "A name for the key (default: ${DEFAULT-VALUE}).")
            String label;

            @Override
            public Integer call() {
                try (DatabaseBootstrap bootstrap = DatabaseBootstrap.open(PraxisConfig.fromEnvironment())) {
                    ApiKeys.MintedKey key = new ApiKeys(bootstrap.database().dsl(), Clock.systemUTC()).create(organization, label);
                    System.out.println("API key for organization '" + key.organizationName() + "' (shown once; store it now):");
                    System.out.println(key.key());
                    return 0;
                } catch (IllegalArgumentException e) {
                    System.err.println("praxis: " + e.getMessage());
                    return 2;
                }
            }
        }

        @Command(name = "list", description = "List an organization's keys by their public prefix (never the secret).")
        static final class ListKeys implements Callable<Integer> {
            @Option(names = "--org", required = true, description = "The organization's name.")
            String organization;

            @Override
            public Integer call() {
                try (DatabaseBootstrap bootstrap = DatabaseBootstrap.open(PraxisConfig.fromEnvironment())) {
                    var keys = new ApiKeys(bootstrap.database().dsl(), Clock.systemUTC()).list(organization);
                    if (keys.isEmpty()) {
                        System.err.println("praxis: no keys for an organization named '" + organization + "'");
                        return 1;
                    }
                    keys.forEach(key -> System.out.println(key.prefix() + "  " + key.label() + "  created " + key.createdAt()
                            + (key.revokedAt() == null ? "" : "  revoked " + key.revokedAt())));
                    return 0;
                }
            }
        }

        @Command(name = "revoke", description = "Revoke a key by its prefix (the part after prx_); it gets 401 from then on.")
        static final class Revoke implements Callable<Integer> {
            @Option(names = "--prefix", required = true, description = "The key's public prefix, as 'apikey list' shows it.")
            String prefix;

            @Override
            public Integer call() {
                try (DatabaseBootstrap bootstrap = DatabaseBootstrap.open(PraxisConfig.fromEnvironment())) {
                    if (new ApiKeys(bootstrap.database().dsl(), Clock.systemUTC()).revoke(prefix)) {
                        System.out.println("Revoked key " + prefix);
                        return 0;
                    }
                    System.err.println("praxis: no live key with prefix " + prefix);
                    return 1;
                }
            }
        }
    }
}
