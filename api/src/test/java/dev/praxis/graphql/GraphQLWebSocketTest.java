package dev.praxis.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.testing.Fixtures;
import dev.praxis.testing.TestServer;
import dev.praxis.testing.WsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GraphQL over WebSocket (graphql-transport-ws) against a real server: the protocol, auth, gateChanged and the limits. */
class GraphQLWebSocketTest {
    private static final String PHASE_FIELDS = """
            id kind program { name } gate { status allowsNewCohorts override { justification } conditions { kind satisfied } }""";
    private static TestServer server;
    private static TestServer.Client acme;
    private static TestServer.Client globex;

    @BeforeAll
    static void start() {
        System.setProperty("praxis.ws.initTimeoutMillis", "1500");
        try {
            server = TestServer.start();
        } finally {
            System.clearProperty("praxis.ws.initTimeoutMillis");
        }
        acme = server.newOrganization("Acme");
        globex = server.newOrganization("Globex");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void handshakePingAndAQueryOverTheSocket() {
        try (WsClient ws = WsClient.initialized(server.graphqlWebSocketUri(), acme.key())) {
            ws.send(Map.of("type", "ping"));
            assertThat(ws.next().path("type").asText()).isEqualTo("pong");

            ws.subscribe("q1", "{ viewer { organization { name } } }", Map.of());
            JsonNode next = ws.next();
            assertThat(next.path("type").asText()).isEqualTo("next");
            assertThat(next.path("id").asText()).isEqualTo("q1");
            assertThat(next.path("payload").path("data").path("viewer").path("organization").path("name").asText()).isEqualTo("Acme");
            JsonNode complete = ws.next();
            assertThat(complete.path("type").asText()).isEqualTo("complete");
            assertThat(complete.path("id").asText()).isEqualTo("q1");

            ws.subscribe("q2", "{ nope }", Map.of());
            JsonNode error = ws.next();
            assertThat(error.path("type").asText()).isEqualTo("error");
            assertThat(error.path("payload").path(0).path("extensions").path("code").asText()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        }
    }

    @Test
    void aBadOrMissingKeyClosesWith4401() {
        try (WsClient ws = WsClient.connect(server.graphqlWebSocketUri())) {
            ws.send(Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer prx_nothing_here")));
            assertThat(ws.closeCode()).isEqualTo(4401);
        }
        try (WsClient ws = WsClient.connect(server.graphqlWebSocketUri())) {
            ws.send(Map.of("type", "connection_init"));
            assertThat(ws.closeCode()).isEqualTo(4401);
        }
        try (WsClient ws = WsClient.connect(server.graphqlWebSocketUri())) {
            ws.subscribe("early", "{ viewer { organization { name } } }", Map.of());
            assertThat(ws.closeCode()).as("subscribe before the ack").isEqualTo(4401);
        }
    }

    @Test
    void theKeyMayComeWithTheUpgradeRequestAndTheSubprotocolIsRequired() {
        try (WsClient ws = WsClient.connect(server.graphqlWebSocketUri(), Map.of("Authorization", "Bearer " + globex.key()), true)) {
            assertThat(ws.subprotocol()).isEqualTo("graphql-transport-ws");
            ws.send(Map.of("type", "connection_init"));
            assertThat(ws.next().path("type").asText()).isEqualTo("connection_ack");
            ws.subscribe("who", "{ viewer { organization { name } } }", Map.of());
            assertThat(ws.next().path("payload").path("data").path("viewer").path("organization").path("name").asText()).isEqualTo("Globex");
        }
        assertThatThrownBy(() -> WsClient.connect(server.graphqlWebSocketUri(), Map.of(), false))
                .hasCauseInstanceOf(java.net.http.WebSocketHandshakeException.class).hasRootCauseMessage("Unexpected HTTP response status code 400");
    }

    @Test
    void protocolViolationsCloseWithTheirCodes() {
        try (WsClient ws = WsClient.connect(server.graphqlWebSocketUri())) {
            ws.sendText("{not json");
            assertThat(ws.closeCode()).isEqualTo(4400);
        }
        try (WsClient ws = WsClient.initialized(server.graphqlWebSocketUri(), acme.key())) {
            ws.send(Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer " + acme.key())));
            assertThat(ws.closeCode()).isEqualTo(4429);
        }
        String programId = Fixtures.programWithGates(acme, "Duplicate ids").programId();
        try (WsClient ws = WsClient.initialized(server.graphqlWebSocketUri(), acme.key())) {
            ws.subscribe("same", "subscription($p: ID!) { gateChanged(programId: $p) { id } }", Map.of("p", programId));
            ws.subscribe("same", "subscription($p: ID!) { gateChanged(programId: $p) { id } }", Map.of("p", programId));
            assertThat(ws.closeCode()).isEqualTo(4409);
        }
        try (WsClient ws = WsClient.connect(server.graphqlWebSocketUri())) {
            assertThat(ws.closeCode()).as("no connection_init within 1.5 s").isEqualTo(4408);
        }
    }

    @Test
    void gateChangedSendsThePhaseWithItsNewGateAfterAttestAndOverride() {
        Fixtures.ProgramIds program = Fixtures.programWithGates(acme, "Live gates");
        String broadWorkforce = phaseOfKind(acme, program.programId(), "BROAD_WORKFORCE");
        try (WsClient ws = WsClient.initialized(server.graphqlWebSocketUri(), acme.key())) {
            int before = server.events().listenerCount();
            ws.subscribe("gates", "subscription($p: ID!) { gateChanged(programId: $p) { " + PHASE_FIELDS + " } }",
                    Map.of("p", program.programId()));
            awaitListeners(count -> count > before);

            long attested = System.nanoTime();
            JsonNode attest = acme.data("""
                    mutation($phase: ID!) { attestGateCondition(input: {phaseId: $phase, kind: POLICY_COMMUNICATED,
                      evidenceUrl: "https://intranet.acme.example/ai-policy", attestedOn: "2026-11-20", audience: "All staff"}) {
                      userErrors { message } } }""", Map.of("phase", broadWorkforce)).path("attestGateCondition");
            assertThat(attest.path("userErrors")).isEmpty();
            JsonNode first = ws.next();
            long latencyMs = (System.nanoTime() - attested) / 1_000_000;
            assertThat(first.path("type").asText()).as(first.toString()).isEqualTo("next");
            assertThat(first.path("id").asText()).isEqualTo("gates");
            JsonNode phase = first.path("payload").path("data").path("gateChanged");
            assertThat(phase.path("id").asText()).isEqualTo(broadWorkforce);
            assertThat(phase.path("program").path("name").asText()).isEqualTo("Live gates");
            assertThat(phase.path("gate").path("status").asText()).isEqualTo("BLOCKED");
            assertThat(condition(phase, "POLICY_COMMUNICATED").path("satisfied").asBoolean()).isTrue();
            System.out.println("gateChanged: next arrived " + latencyMs + " ms after attestGateCondition was sent");

            JsonNode override = acme.data("""
                    mutation($phase: ID!) { overrideGate(input: {phaseId: $phase,
                      justification: "The pilot teams start now; the rest of the managers finish in December."}) { userErrors { message } } }""",
                    Map.of("phase", broadWorkforce)).path("overrideGate");
            assertThat(override.path("userErrors")).isEmpty();
            JsonNode second = ws.next().path("payload").path("data").path("gateChanged");
            assertThat(second.path("id").asText()).isEqualTo(broadWorkforce);
            assertThat(second.path("gate").path("status").asText()).isEqualTo("BLOCKED");
            assertThat(second.path("gate").path("allowsNewCohorts").asBoolean()).isTrue();
            assertThat(second.path("gate").path("override").path("justification").asText()).startsWith("The pilot teams");

            // a change in another organization is never seen; a change that moves no gate sends nothing
            Fixtures.ProgramIds theirs = Fixtures.programWithGates(globex, "Their program");
            globex.data("mutation($phase: ID!) { overrideGate(input: {phaseId: $phase, justification: \"Another organization's decision here.\"}) { userErrors { message } } }",
                    Map.of("phase", phaseOfKind(globex, theirs.programId(), "BROAD_WORKFORCE")));
            acme.data("mutation { recordCompletions(input: {completions: []}) { recorded userErrors { message } } }");
            assertThat(ws.poll(Duration.ofMillis(700))).isNull();
        }
    }

    @Test
    void anotherOrganizationsProgramIsNotFound() {
        String programId = Fixtures.programWithGates(acme, "Private program").programId();
        try (WsClient ws = WsClient.initialized(server.graphqlWebSocketUri(), globex.key())) {
            ws.subscribe("spy", "subscription($p: ID!) { gateChanged(programId: $p) { id } }", Map.of("p", programId));
            JsonNode error = ws.next();
            assertThat(error.path("type").asText()).isEqualTo("error");
            assertThat(error.path("id").asText()).isEqualTo("spy");
            assertThat(error.path("payload").path(0).path("extensions").path("code").asText()).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void completeStopsTheStream() {
        Fixtures.ProgramIds program = Fixtures.programWithGates(acme, "Stopped stream");
        String broadWorkforce = phaseOfKind(acme, program.programId(), "BROAD_WORKFORCE");
        try (WsClient ws = WsClient.initialized(server.graphqlWebSocketUri(), acme.key())) {
            int before = server.events().listenerCount();
            ws.subscribe("s", "subscription($p: ID!) { gateChanged(programId: $p) { id } }", Map.of("p", program.programId()));
            awaitListeners(count -> count > before);
            ws.send(Map.of("type", "complete", "id", "s"));
            awaitListeners(count -> count == before);
            acme.data("mutation($phase: ID!) { overrideGate(input: {phaseId: $phase, justification: \"Nobody is listening to this one.\"}) { userErrors { message } } }",
                    Map.of("phase", broadWorkforce));
            assertThat(ws.poll(Duration.ofMillis(700))).isNull();
        }
        // closing the connection ends its subscriptions too
        int before = server.events().listenerCount();
        WsClient ws = WsClient.initialized(server.graphqlWebSocketUri(), acme.key());
        ws.subscribe("t", "subscription($p: ID!) { gateChanged(programId: $p) { id } }", Map.of("p", program.programId()));
        awaitListeners(count -> count > before);
        ws.close();
        awaitListeners(count -> count == before);
    }

    @Test
    void limitsApplyAsOverHttp() {
        String programId = Fixtures.programWithGates(acme, "Limits").programId();
        try (WsClient ws = WsClient.initialized(server.graphqlWebSocketUri(), acme.key())) {
            int before = server.events().listenerCount();
            for (int i = 0; i < 20; i++) {
                ws.subscribe("s" + i, "subscription($p: ID!) { gateChanged(programId: $p) { id } }", Map.of("p", programId));
            }
            awaitListeners(count -> count == before + 20);
            ws.subscribe("s20", "subscription($p: ID!) { gateChanged(programId: $p) { id } }", Map.of("p", programId));
            JsonNode refused = ws.next();
            assertThat(refused.path("type").asText()).isEqualTo("error");
            assertThat(refused.path("id").asText()).isEqualTo("s20");
            assertThat(refused.path("payload").path(0).path("extensions").path("code").asText()).isEqualTo("LIMIT_EXCEEDED");

            ws.send(Map.of("type", "complete", "id", "s0"));
            awaitListeners(count -> count == before + 19);
            String deep = "gateChanged(programId: $p) { " + "program { phases { ".repeat(8) + "id" + " } }".repeat(8) + " }";
            ws.subscribe("deep", "subscription($p: ID!) { " + deep + " }", Map.of("p", programId));
            JsonNode tooDeep = ws.next();
            assertThat(tooDeep.path("type").asText()).isEqualTo("error");
            assertThat(tooDeep.path("payload").path(0).path("extensions").path("code").asText()).isEqualTo("LIMIT_EXCEEDED");
        }
    }

    @Test
    void overHttpASubscriptionIsRefusedAndQueriesAreUnchanged() {
        String programId = Fixtures.programWithGates(acme, "Over HTTP").programId();
        TestServer.Response response = acme.query("subscription($p: ID!) { gateChanged(programId: $p) { id } }", Map.of("p", programId));
        assertThat(response.firstErrorCode()).isEqualTo("BAD_REQUEST");
        assertThat(response.body().toString()).contains("WebSocket");
        assertThat(acme.data("{ viewer { organization { name } } }").path("viewer").path("organization").path("name").asText())
                .isEqualTo("Acme");
    }

    private static JsonNode condition(JsonNode phase, String kind) {
        for (JsonNode condition : phase.path("gate").path("conditions")) {
            if (condition.path("kind").asText().equals(kind)) {
                return condition;
            }
        }
        throw new AssertionError("no condition " + kind + " in " + phase);
    }

    private static String phaseOfKind(TestServer.Client client, String programId, String kind) {
        Map<String, String> byKind = new HashMap<>();
        client.data("query($p: ID!) { program(id: $p) { phases { id kind } } }", Map.of("p", programId))
                .path("program").path("phases").forEach(phase -> byKind.put(phase.path("kind").asText(), phase.path("id").asText()));
        return byKind.get(kind);
    }

    private static void awaitListeners(IntPredicate condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.test(server.events().listenerCount())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("event listeners stayed at " + server.events().listenerCount());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
