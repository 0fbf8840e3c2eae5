package dev.praxis.program;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.testing.Fixtures;
import dev.praxis.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateModuleTest {
    private static final String UPDATE = """
            mutation($input: UpdateModuleInput!) { updateModule(input: $input) {
              module { title summary businessContext hours format } userErrors { field code } } }""";
    private static TestServer server;
    private static TestServer.Client client;
    private static String moduleId;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        client = server.newOrganization("Modules");
        moduleId = Fixtures.program(client, "P").moduleIds().get(8);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void setsOnlyTheFieldsGivenAndNullClearsTheBusinessContext() {
        JsonNode set = update(Map.of("moduleId", moduleId, "businessContext", "Supplier invoice matching for procurement analysts"));
        assertThat(set.path("userErrors")).isEmpty();
        assertThat(set.path("module").path("businessContext").asText()).startsWith("Supplier invoice");
        assertThat(set.path("module").path("title").asText()).isEqualTo("AI Tools in Your Daily Workflow");
        assertThat(set.path("module").path("hours").asDouble()).isEqualTo(4.0);

        JsonNode retitled = update(Map.of("moduleId", moduleId, "hours", 6.5, "format", "WORKSHOP"));
        assertThat(retitled.path("module").path("businessContext").asText()).as("untouched").startsWith("Supplier invoice");
        assertThat(retitled.path("module").path("hours").asDouble()).isEqualTo(6.5);

        Map<String, Object> clear = new HashMap<>();
        clear.put("moduleId", moduleId);
        clear.put("businessContext", null);
        assertThat(update(clear).path("module").path("businessContext").isNull()).isTrue();
    }

    @Test
    void invalidChangesAreAllReportedAndNothingChanges() {
        Map<String, Object> input = new HashMap<>();
        input.put("moduleId", moduleId);
        input.put("title", null);
        input.put("hours", -1);
        input.put("summary", "s".repeat(2_001));
        JsonNode payload = update(input);
        assertThat(payload.path("module").isNull()).isTrue();
        assertThat(payload.path("userErrors").toString())
                .contains("[\"input\",\"title\"]").contains("REQUIRED")
                .contains("[\"input\",\"hours\"]").contains("OUT_OF_RANGE")
                .contains("[\"input\",\"summary\"]").contains("TOO_LONG");
        JsonNode module = client.data("query($id: ID!) { node(id: $id) { ... on Module { title hours } } }", Map.of("id", moduleId));
        assertThat(module.path("node").path("title").asText()).isEqualTo("AI Tools in Your Daily Workflow");
    }

    private static JsonNode update(Map<String, Object> input) {
        return client.data(UPDATE, Map.of("input", input)).path("updateModule");
    }
}
