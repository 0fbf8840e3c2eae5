package dev.praxis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.auth.ApiKeys;
import dev.praxis.server.Database;
import dev.praxis.server.PraxisConfig;
import dev.praxis.server.PraxisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * A real Praxis server on a free port over a fresh test database, and a small HTTP client for
 * it. Tests talk to it exactly as a front end would.
 */
public final class TestServer implements AutoCloseable {
    /** The date the tests' clock stands on, so date rules are reproducible. */
    public static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final Database database;
    private final PraxisServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = PraxisServer.jsonMapper();
    private final Clock clock;

    private TestServer(Database database, PraxisServer server, Clock clock) {
        this.database = database;
        this.server = server;
        this.clock = clock;
    }

    public static TestServer start() {
        return start(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    public static TestServer start(Clock clock) {
        return start(clock, Duration.ofSeconds(10));
    }

    public static TestServer start(Clock clock, Duration requestTimeout) {
        Database database = TestDatabase.fresh();
        PraxisConfig config = new PraxisConfig(0, Optional.empty(), Path.of("target"), true, requestTimeout, 1024 * 1024);
        return new TestServer(database, PraxisServer.start(config, database, clock), clock);
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    /** The server's in-process event bus (tests wait on its listener count to know a subscription is live). */
    public dev.praxis.events.DomainEvents events() {
        return server.events();
    }

    public URI graphqlWebSocketUri() {
        return URI.create("ws://127.0.0.1:" + server.port() + "/graphql");
    }

    public URI graphqlUri() {
        return URI.create("http://127.0.0.1:" + server.port() + "/graphql");
    }

    /** A new organization with its own key. */
    public Client newOrganization(String name) {
        return new Client(new ApiKeys(database.dsl(), clock).create(name, "test").key());
    }

    /** A client calling with an API key minted elsewhere (e.g. the demo organization's). */
    public Client withKey(String key) {
        return new Client(key);
    }

    public Client anonymous() {
        return new Client(null);
    }

    public record Response(int status, String contentType, JsonNode body) {
        public JsonNode data() {
            return body.path("data");
        }

        public JsonNode errors() {
            return body.path("errors");
        }

        public String firstErrorCode() {
            return body.path("errors").path(0).path("extensions").path("code").asText(null);
        }

        public int sqlStatements() {
            return body.path("extensions").path("trace").path("sqlStatements").asInt(-1);
        }
    }

    /** One API key's view of the server. */
    public final class Client {
        private final String key;

        private Client(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public Response query(String query) {
            return query(query, Map.of());
        }

        public Response query(String query, Map<String, Object> variables) {
            ObjectNode body = json.createObjectNode();
            body.put("query", query);
            body.set("variables", json.valueToTree(variables));
            return post(body.toString(), Map.of("Content-Type", "application/json", "X-Praxis-Trace", "1"));
        }

        /** The data of a query that must succeed; fails the test with the errors otherwise. */
        public JsonNode data(String query, Map<String, Object> variables) {
            Response response = query(query, variables);
            if (response.status() != 200 || response.body().has("errors")) {
                throw new AssertionError("query failed (" + response.status() + "): " + response.body());
            }
            return response.data();
        }

        public JsonNode data(String query) {
            return data(query, Map.of());
        }

        public Response post(String body, Map<String, String> headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(graphqlUri()).POST(HttpRequest.BodyPublishers.ofString(body));
            return send(request, headers);
        }

        public Response get(String rawQueryString, Map<String, String> headers) {
            return send(HttpRequest.newBuilder(URI.create(graphqlUri() + "?" + rawQueryString)).GET(), headers);
        }

        public Response send(HttpRequest.Builder request, Map<String, String> headers) {
            if (key != null) {
                request.header("Authorization", "Bearer " + key);
            }
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode body = response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
                return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
