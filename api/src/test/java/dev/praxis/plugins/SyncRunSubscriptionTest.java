package dev.praxis.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.plugins.customlms.XapiFixture;
import dev.praxis.testing.TestServer;
import dev.praxis.testing.WsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** syncRunUpdated over WebSocket while the custom-LMS plugin syncs its LRS fixture through the real server. */
class SyncRunSubscriptionTest {
    private static final String SUBSCRIPTION = """
            subscription($id: ID!) { syncRunUpdated(id: $id) { id status pages fetched created progress finishedAt
              connection { name lastRun { id } } } }""";
    private static TestServer server;
    private static XapiFixture lrs;
    private static TestServer.Client acme;
    private static TestServer.Client globex;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        lrs = new XapiFixture(2_500, 40, 6, 0, 0);
        acme = server.newOrganization("Acme");
        globex = server.newOrganization("Globex");
    }

    @AfterAll
    static void stop() {
        server.close();
        lrs.close();
    }

    @Test
    void aSubscriberFollowsTheRunToSucceededAndAnotherOrganizationSeesNothing() {
        String connectionId = SyncTesting.configure(acme, "custom-lms", "Corporate LRS", lrs.settings());
        try (WsClient ws = WsClient.initialized(server.graphqlWebSocketUri(), acme.key());
             WsClient spy = WsClient.initialized(server.graphqlWebSocketUri(), globex.key())) {
            JsonNode started = acme.data("mutation($id: ID!) { startSync(input: {connectionId: $id}) { run { id } userErrors { message } } }",
                    Map.of("id", connectionId)).path("startSync");
            String runId = started.path("run").path("id").asText();
            ws.subscribe("run", SUBSCRIPTION, Map.of("id", runId));
            spy.subscribe("run", SUBSCRIPTION, Map.of("id", runId));

            List<JsonNode> states = new ArrayList<>();
            while (true) {
                JsonNode message = ws.next();
                assertThat(message.path("id").asText()).isEqualTo("run");
                if (message.path("type").asText().equals("complete")) {
                    break;
                }
                assertThat(message.path("type").asText()).as(message.toString()).isEqualTo("next");
                assertThat(message.path("payload").has("errors")).as(message.toString()).isFalse();
                states.add(message.path("payload").path("data").path("syncRunUpdated"));
            }
            JsonNode last = states.getLast();
            assertThat(last.path("id").asText()).isEqualTo(runId);
            assertThat(last.path("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(last.path("fetched").asInt()).isEqualTo(2_500);
            assertThat(last.path("pages").asInt()).isEqualTo(4);
            assertThat(last.path("progress").asDouble()).isEqualTo(1.0);
            assertThat(last.path("finishedAt").isNull()).isFalse();
            assertThat(last.path("connection").path("name").asText()).isEqualTo("Corporate LRS");
            assertThat(last.path("connection").path("lastRun").path("id").asText()).isEqualTo(runId);
            // every state is newer than the one before: statuses and counts never go back
            List<String> order = List.of("QUEUED", "RUNNING", "SUCCEEDED");
            for (int i = 1; i < states.size(); i++) {
                assertThat(order.indexOf(states.get(i).path("status").asText()))
                        .isGreaterThanOrEqualTo(order.indexOf(states.get(i - 1).path("status").asText()));
                assertThat(states.get(i).path("pages").asInt()).isGreaterThanOrEqualTo(states.get(i - 1).path("pages").asInt());
            }
            System.out.println("syncRunUpdated: " + states.size() + " states: "
                    + states.stream().map(s -> s.path("status").asText() + "/" + s.path("pages").asInt()).toList());

            JsonNode refused = spy.next();
            assertThat(refused.path("type").asText()).isEqualTo("error");
            assertThat(refused.path("payload").path(0).path("extensions").path("code").asText()).isEqualTo("NOT_FOUND");
            assertThat(spy.poll(java.time.Duration.ofMillis(300))).isNull();
        }
    }

    @Test
    void subscribingToAFinishedRunSendsItsStateAndCompletes() {
        String connectionId = SyncTesting.configure(acme, "custom-lms", "Finished LRS", lrs.settings());
        JsonNode run = SyncTesting.syncToEnd(acme, connectionId);
        try (WsClient ws = WsClient.initialized(server.graphqlWebSocketUri(), acme.key())) {
            ws.subscribe("done", SUBSCRIPTION, Map.of("id", run.path("id").asText()));
            JsonNode next = ws.next();
            assertThat(next.path("payload").path("data").path("syncRunUpdated").path("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(ws.next().path("type").asText()).isEqualTo("complete");
        }
    }
}
