package dev.praxis.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.testing.TestServer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** GraphQL steps the sync tests share: configure a connection, run a sync to its end. */
final class SyncTesting {
    static final String RUN_FIELDS = "id status trigger pages fetched created updated unchanged rejected progress errors startedAt finishedAt";

    private SyncTesting() {
    }

    static String configure(TestServer.Client client, String pluginId, String name, Map<String, String> settings) {
        List<Map<String, String>> values = new ArrayList<>();
        settings.forEach((key, value) -> values.add(Map.of("name", key, "value", value)));
        JsonNode payload = client.data("""
                mutation($input: ConfigurePluginConnectionInput!) { configurePluginConnection(input: $input) {
                  connection { id } userErrors { field message code } } }""",
                Map.of("input", Map.of("pluginId", pluginId, "name", name, "settings", values))).path("configurePluginConnection");
        if (!payload.path("userErrors").isEmpty()) {
            throw new AssertionError("configure failed: " + payload.path("userErrors"));
        }
        return payload.path("connection").path("id").asText();
    }

    /** Starts a sync and waits (up to two minutes) until it has finished; returns the run. */
    static JsonNode syncToEnd(TestServer.Client client, String connectionId) {
        JsonNode started = client.data("mutation($id: ID!) { startSync(input: {connectionId: $id}) { run { " + RUN_FIELDS
                + " } userErrors { field message code } } }", Map.of("id", connectionId)).path("startSync");
        if (!started.path("userErrors").isEmpty()) {
            throw new AssertionError("startSync failed: " + started.path("userErrors"));
        }
        return waitFor(client, started.path("run").path("id").asText());
    }

    static JsonNode waitFor(TestServer.Client client, String runId) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode run = client.data("query($id: ID!) { syncRun(id: $id) { " + RUN_FIELDS + " } }", Map.of("id", runId)).path("syncRun");
            String status = run.path("status").asText();
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return run;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("run " + runId + " did not finish in two minutes");
    }
}
