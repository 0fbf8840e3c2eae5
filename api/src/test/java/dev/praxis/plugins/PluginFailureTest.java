package dev.praxis.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A plugin that throws, hangs or returns malformed data fails its own run with a reason; the server carries on. */
class PluginFailureTest {
    private static TestServer server;
    private static TestServer.Client acme;

    @BeforeAll
    static void start() {
        System.setProperty("praxis.plugin.callTimeoutSeconds", "2");
        server = TestServer.start();
        acme = server.newOrganization("Acme");
    }

    @AfterAll
    static void stop() {
        System.clearProperty("praxis.plugin.callTimeoutSeconds");
        server.close();
    }

    @Test
    void aThrowingPluginFailsItsRunWithTheReason() {
        JsonNode run = sync("throw");
        assertThat(run.path("status").asText()).isEqualTo("FAILED");
        assertThat(run.path("errors").path(0).asText()).isEqualTo("the plugin test-misbehaving failed: IllegalStateException: boom");
    }

    @Test
    void aHangingPluginIsCutOffByTheTimeLimit() {
        long started = System.nanoTime();
        JsonNode run = sync("hang");
        assertThat(run.path("status").asText()).isEqualTo("FAILED");
        assertThat(run.path("errors").path(0).asText()).isEqualTo("the plugin did not answer completionPage within 2 s");
        assertThat((System.nanoTime() - started) / 1_000_000_000.0).isLessThan(30);
    }

    @Test
    void malformedDataFailsTheRun() {
        JsonNode run = sync("malformed");
        assertThat(run.path("status").asText()).isEqualTo("FAILED");
        assertThat(run.path("errors").path(0).asText()).startsWith("the plugin test-misbehaving returned malformed data: progress must be 0-100");
        JsonNode nullPage = sync("nullPage");
        assertThat(nullPage.path("errors").path(0).asText()).isEqualTo("the plugin returned no completion page");
    }

    @Test
    void afterAllThatAWellBehavedRunStillSucceeds() {
        sync("throw");
        JsonNode run = sync("ok");
        assertThat(run.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(run.path("created").asInt()).isEqualTo(1);
        assertThat(acme.data("{ viewer { organization { name } } }").path("viewer").path("organization").path("name").asText())
                .isEqualTo("Acme");
    }

    @Test
    void aSecondStartWhileARunIsActiveIsAConflict() {
        String connectionId = SyncTesting.configure(acme, "test-misbehaving", "hanging twice", Map.of("mode", "hang"));
        JsonNode first = acme.data("mutation($id: ID!) { startSync(input: {connectionId: $id}) { run { id status } } }",
                Map.of("id", connectionId)).path("startSync").path("run");
        assertThat(first.path("status").asText()).isEqualTo("QUEUED");
        JsonNode second = acme.data("mutation($id: ID!) { startSync(input: {connectionId: $id}) { run { id } userErrors { code } } }",
                Map.of("id", connectionId)).path("startSync");
        assertThat(second.path("run").isNull()).isTrue();
        assertThat(second.path("userErrors").path(0).path("code").asText()).isEqualTo("CONFLICT");
        SyncTesting.waitFor(acme, first.path("id").asText());
    }

    private static JsonNode sync(String mode) {
        String connectionId = SyncTesting.configure(acme, "test-misbehaving", "misbehaving " + mode, Map.of("mode", mode));
        return SyncTesting.syncToEnd(acme, connectionId);
    }
}
