package dev.praxis.program;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CreateProgramTest {
    private static TestServer server;
    private static TestServer.Client acme;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        acme = server.newOrganization("Acme");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void fromFrameworkCopiesTheStandardTracksModulesAndPhases() {
        JsonNode program = acme.data("""
                mutation { createProgram(input: {name: "AI 2027", startsOn: "2027-01-04"}) {
                  userErrors { field message code }
                  program { name status startsOn
                    phases { kind plannedStartMonth plannedEndMonth status }
                    tracks { audience name totalHours hoursPerParticipant modules { code title hours format specialty businessContext } } } } }
                """).path("createProgram");
        assertThat(program.path("userErrors")).isEmpty();
        JsonNode tracks = program.path("program").path("tracks");
        assertThat(names(tracks, "audience")).containsExactly("EXECUTIVE", "BUSINESS_LEADER", "PROFESSIONAL", "PRACTITIONER");
        assertThat(tracks.path(0).path("totalHours").asDouble()).isEqualTo(8.0);
        assertThat(tracks.path(1).path("totalHours").asDouble()).isEqualTo(16.0);
        assertThat(tracks.path(2).path("modules").path(1).path("title").asText()).isEqualTo("Critical Evaluation of AI Outputs");
        JsonNode practitioner = tracks.path(3);
        assertThat(names(practitioner.path("modules"), "code")).containsExactly("A", "B", "C", "D");
        assertThat(names(practitioner.path("modules"), "specialty"))
                .containsExactly("MLOPS", "LLM_ENGINEERING", "AI_DATA_ENGINEERING", "AI_GOVERNANCE");
        assertThat(practitioner.path("totalHours").asDouble()).isEqualTo(160.0);
        assertThat(practitioner.path("hoursPerParticipant").asDouble()).isEqualTo(40.0);
        assertThat(names(program.path("program").path("phases"), "kind"))
                .containsExactly("FOUNDATION", "PRACTITIONER", "BROAD_WORKFORCE", "CONTINUOUS");
        assertThat(program.path("program").path("phases").path(3).path("plannedEndMonth").isNull()).isTrue();
    }

    @Test
    void withoutFrameworkHasPhasesButNoTracks() {
        JsonNode program = acme.data("""
                mutation { createProgram(input: {name: "Blank", fromFramework: false}) {
                  program { tracks { id } phases { kind } } } }""").path("createProgram").path("program");
        assertThat(program.path("tracks")).isEmpty();
        assertThat(program.path("phases")).hasSize(4);
    }

    @Test
    void blankNameIsAUserErrorAndWritesNothing() {
        int before = acme.data("{ programs { totalCount } }").path("programs").path("totalCount").asInt();
        JsonNode payload = acme.data("mutation($name: String!) { createProgram(input: {name: $name}) { program { id } userErrors { field code } } }",
                Map.of("name", "   ")).path("createProgram");
        assertThat(payload.path("program").isNull()).isTrue();
        assertThat(payload.path("userErrors").path(0).path("field").toString()).isEqualTo("[\"input\",\"name\"]");
        assertThat(payload.path("userErrors").path(0).path("code").asText()).isEqualTo("REQUIRED");
        assertThat(acme.data("{ programs { totalCount } }").path("programs").path("totalCount").asInt()).isEqualTo(before);
    }

    @Test
    void updateProgramChangesOnlyWhatIsGiven() {
        String id = acme.data("mutation { createProgram(input: {name: \"Draft\", fromFramework: false, startsOn: \"2027-02-01\"}) { program { id } } }")
                .path("createProgram").path("program").path("id").asText();
        JsonNode updated = acme.data("mutation($id: ID!) { updateProgram(input: {programId: $id, status: ACTIVE}) { program { name status startsOn } userErrors { code } } }",
                Map.of("id", id)).path("updateProgram");
        assertThat(updated.path("userErrors")).isEmpty();
        assertThat(updated.path("program").path("status").asText()).isEqualTo("ACTIVE");
        assertThat(updated.path("program").path("name").asText()).isEqualTo("Draft");
        assertThat(updated.path("program").path("startsOn").asText()).isEqualTo("2027-02-01");
        JsonNode filtered = acme.data("{ programs(filter: {status: ACTIVE, nameContains: \"draf\"}) { totalCount } }");
        assertThat(filtered.path("programs").path("totalCount").asInt()).isEqualTo(1);
    }

    static List<String> names(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }
}
