package dev.praxis.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.praxis.auth.ApiKeys;
import dev.praxis.auth.ViewerArea;
import dev.praxis.cohort.CohortArea;
import dev.praxis.cohort.CohortMutations;
import dev.praxis.cohort.CohortRepository;
import dev.praxis.measurement.MeasuredBehaviorEvidence;
import dev.praxis.diagnostics.DiagnosticsArea;
import dev.praxis.diagnostics.DiagnosticsRepository;
import dev.praxis.framework.FrameworkArea;
import dev.praxis.framework.FrameworkCatalog;
import dev.praxis.graphql.GraphQLExecutor;
import dev.praxis.graphql.GraphQLFactory;
import dev.praxis.graphql.GraphQLHttpService;
import dev.praxis.graphql.GraphQLWebSocket;
import dev.praxis.events.DomainEvents;
import dev.praxis.graphql.RequestLimits;
import dev.praxis.people.PeopleArea;
import dev.praxis.people.PeopleMutations;
import dev.praxis.people.PersonRepository;
import dev.praxis.plugins.PluginSystem;
import dev.praxis.program.ProgramArea;
import dev.praxis.providers.ProviderMutations;
import dev.praxis.providers.ProviderRepository;
import dev.praxis.providers.ProvidersArea;
import dev.praxis.program.ProgramMutations;
import dev.praxis.program.ProgramRepository;
import dev.praxis.roadmap.GateEvidenceRepository;
import dev.praxis.roadmap.GateMutations;
import dev.praxis.roadmap.GateRepository;
import dev.praxis.roadmap.PhaseRepository;
import dev.praxis.roadmap.RoadmapArea;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.websocket.WsRouting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/** Wires the domain areas into the GraphQL service and starts the web server on a database. */
public final class PraxisServer implements AutoCloseable {
    private final WebServer webServer;
    private final PluginSystem plugins;
    private final GraphQLWebSocket webSocket;
    private final GraphQLExecutor executor;
    private final DomainEvents events;

    private PraxisServer(WebServer webServer, PluginSystem plugins, GraphQLWebSocket webSocket, GraphQLExecutor executor,
                         DomainEvents events) {
        this.executor = executor;
        this.webServer = webServer;
        this.plugins = plugins;
        this.webSocket = webSocket;
        this.events = events;
    }

    public static PraxisServer start(PraxisConfig config, Database database, Clock clock) {
        return start(config, database, clock, System.getenv());
    }

    /** @param environment where the plugin system reads its settings (PRAXIS_PLUGINS_DIR, PRAXIS_SECRET_KEY, ...) */
    public static PraxisServer start(PraxisConfig config, Database database, Clock clock, Map<String, String> environment) {
        requireNonNull(config, "config is null");
        requireNonNull(database, "database is null");
        FrameworkCatalog catalog = FrameworkCatalog.load(database.dsl());
        DomainEvents events = new DomainEvents();
        PluginSystem plugins = PluginSystem.start(database.dsl(), database.dataSource(), clock, environment, events);
        List<dev.praxis.graphql.SchemaArea> areas = new ArrayList<>(areas(catalog, events));
        areas.add(plugins.area());
        GraphQLFactory graphQL = new GraphQLFactory(areas);
        RequestLimits limits = RequestLimits.defaults(config.requestTimeout());
        ApiKeys apiKeys = new ApiKeys(database.dsl(), clock);
        GraphQLExecutor executor = new GraphQLExecutor(graphQL, limits, database.dsl(), clock);
        GraphQLHttpService service = new GraphQLHttpService(executor, apiKeys, config.maxBodyBytes(), jsonMapper());
        GraphQLWebSocket webSocket = new GraphQLWebSocket(executor, apiKeys, events, jsonMapper(), GraphQLWebSocket.Settings.defaults());
        WebServer server = WebServer.builder()
                .host("0.0.0.0")
                .port(config.port())
                .maxPayloadSize(config.maxBodyBytes())
                .addFeature(ObserveFeature.builder()
                        .addObserver(HealthObserver.builder()
                                .details(true)
                                .addCheck(() -> databaseCheck(database), HealthCheckType.READINESS, "database")
                                .build())
                        .build())
                .routing(routing -> routing(routing, service))
                .addRouting(WsRouting.builder().endpoint("/graphql", webSocket.listeners()))
                .build()
                .start();
        PraxisServer praxis = new PraxisServer(server, plugins, webSocket, executor, events);
        if (!server.isRunning()) {
            // Helidon logs the cause (most often the port is taken) and answers with a stopped server.
            praxis.close();
            throw new IllegalStateException("the web server could not listen on port " + config.port() + "; is it in use?");
        }
        return praxis;
    }

    static void routing(HttpRouting.Builder routing, GraphQLHttpService service) {
        routing.register("/graphql", service);
    }

    /** Every domain area, in no particular order: each brings its own fetchers and loaders; mutations publish to {@code events} after they commit. */
    static List<dev.praxis.graphql.SchemaArea> areas(FrameworkCatalog catalog, DomainEvents events) {
        ProgramRepository programs = new ProgramRepository();
        PhaseRepository phases = new PhaseRepository();
        CohortRepository cohorts = new CohortRepository();
        PersonRepository people = new PersonRepository();
        GateRepository gates = new GateRepository(catalog);
        GateEvidenceRepository gateEvidence = new GateEvidenceRepository();
        ProviderRepository providers = new ProviderRepository();
        return List.of(
                new ViewerArea(),
                new FrameworkArea(catalog),
                new ProgramArea(programs, new ProgramMutations(programs, catalog)),
                new RoadmapArea(phases, catalog, gates, gateEvidence, new GateMutations(programs, phases, gates, gateEvidence, events)),
                new CohortArea(cohorts, new CohortMutations(cohorts, programs, phases, catalog, gates, events)),
                new PeopleArea(people, new PeopleMutations(people, programs, cohorts, events)),
                new DiagnosticsArea(new DiagnosticsRepository(gates, gateEvidence), new MeasuredBehaviorEvidence()),
                new ProvidersArea(providers, new ProviderMutations(providers, programs)),
                measurementArea(programs, people));
    }

    private static dev.praxis.measurement.MeasurementArea measurementArea(ProgramRepository programs, PersonRepository people) {
        var measurements = new dev.praxis.measurement.MeasurementRepository();
        var store = new dev.praxis.measurement.MeasurementStore();
        return new dev.praxis.measurement.MeasurementArea(measurements,
                new dev.praxis.measurement.RecordingMutations(store, people, programs),
                new dev.praxis.measurement.TargetBehaviorMutations(store, measurements, programs));
    }

    public static ObjectMapper jsonMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private static HealthCheckResponse databaseCheck(Database database) {
        try {
            database.dsl().selectOne().fetch();
            return HealthCheckResponse.builder().status(true).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.builder().status(false).detail("error", "database unreachable").build();
        }
    }

    /** The server's event bus (tests publish to it and count its listeners). */
    public DomainEvents events() {
        return events;
    }

    public int port() {
        return webServer.port();
    }

    @Override
    public void close() {
        webServer.stop();
        webSocket.close();
        executor.close();
        plugins.close();
    }
}
