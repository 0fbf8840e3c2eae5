package dev.praxis.providers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProvidersHttpTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void providersAreCreatedNamedOnTracksAndWarnedAbout() {
        TestServer.Client client = server.newOrganization("Providers");
        JsonNode tracks = client.data("mutation { createProgram(input: {name: \"P\"}) { program { id tracks { id audience } } } }")
                .path("createProgram").path("program").path("tracks");
        String executive = tracks.path(0).path("id").asText();
        String practitioner = tracks.path(3).path("id").asText();
        String cloud = client.data("mutation { createProvider(input: {name: \"AWS Skill Builder\", category: CLOUD_ACADEMY}) { provider { id name category } } }")
                .path("createProvider").path("provider").path("id").asText();
        String specialist = client.data("mutation { createProvider(input: {name: \"DeepLearning.AI\", category: SPECIALIST}) { provider { id } } }")
                .path("createProvider").path("provider").path("id").asText();
        JsonNode duplicate = client.data("mutation { createProvider(input: {name: \"AWS Skill Builder\", category: PLATFORM}) { provider { id } userErrors { field code } } }")
                .path("createProvider");
        assertThat(duplicate.path("userErrors").path(0).path("code").asText()).isEqualTo("DUPLICATE");

        JsonNode onExecutive = client.data("""
                mutation($t: ID!, $p: ID) { setTrackProvider(input: {trackId: $t, providerId: $p}) {
                  track { provider { name category } providerFitWarnings { code message } } userErrors { code } } }""",
                Map.of("t", executive, "p", cloud)).path("setTrackProvider").path("track");
        assertThat(onExecutive.path("provider").path("name").asText()).isEqualTo("AWS Skill Builder");
        assertThat(onExecutive.path("providerFitWarnings").path(0).path("code").asText()).isEqualTo("CLOUD_ACADEMY_WEAK_FOR_LEADERS");

        // A specialist with no change-management budget at all.
        JsonNode onPractitioner = client.data("""
                mutation($t: ID!, $p: ID) { setTrackProvider(input: {trackId: $t, providerId: $p}) { track { providerFitWarnings { code } } } }""",
                Map.of("t", practitioner, "p", specialist)).path("setTrackProvider").path("track");
        assertThat(onPractitioner.path("providerFitWarnings").toString()).contains("SPECIALIST_WITHOUT_CHANGE_MANAGEMENT");

        assertThat(client.data("{ providers { name category } }").path("providers").toString())
                .isEqualTo("[{\"name\":\"AWS Skill Builder\",\"category\":\"CLOUD_ACADEMY\"},{\"name\":\"DeepLearning.AI\",\"category\":\"SPECIALIST\"}]");

        java.util.HashMap<String, Object> clear = new java.util.HashMap<>();
        clear.put("t", executive);
        clear.put("p", null);
        JsonNode cleared = client.data("""
                mutation($t: ID!, $p: ID) { setTrackProvider(input: {trackId: $t, providerId: $p}) { track { provider { name } providerFitWarnings { code } } } }""",
                clear).path("setTrackProvider").path("track");
        assertThat(cleared.path("provider").isNull()).isTrue();
        assertThat(cleared.path("providerFitWarnings")).isEmpty();

        // Another organization sees neither the providers nor can it use them.
        TestServer.Client other = server.newOrganization("Other providers");
        assertThat(other.data("{ providers { name } }").path("providers")).isEmpty();
        JsonNode foreign = other.data("""
                mutation($t: ID!, $p: ID) { setTrackProvider(input: {trackId: $t, providerId: $p}) { userErrors { field code } } }""",
                Map.of("t", executive, "p", cloud)).path("setTrackProvider").path("userErrors");
        assertThat(foreign).hasSize(2).allSatisfy(e -> assertThat(e.path("code").asText()).isEqualTo("NOT_FOUND"));
    }
}
