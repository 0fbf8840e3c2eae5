package dev.praxis.diagnostics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosticsHttpTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String program(TestServer.Client client, String name) {
        return client.data("mutation($n: String!) { createProgram(input: {name: $n, startsOn: \"2026-09-07\"}) { program { id } } }",
                Map.of("n", name)).path("createProgram").path("program").path("id").asText();
    }

    static JsonNode setBudget(TestServer.Client client, String programId, String total, String changeManagement) {
        return client.data("""
                mutation($p: ID!, $t: Decimal!, $c: Decimal!) { setBudget(input: {programId: $p, total: {amount: $t, currency: "EUR"},
                  changeManagement: {amount: $c, currency: "EUR"}}) {
                  budget { changeManagementShare changeManagementBelowMinimum minimumChangeManagementShare
                           participantsWithoutBehaviorChange spendWithoutBehaviorChange { amount }
                           costWithoutBehaviorChangeReference { amount currency } }
                  program { diagnostics { failureMode status evidence } } } }""",
                Map.of("p", programId, "t", total, "c", changeManagement)).path("setBudget");
    }

    @Test
    void theBudgetFlagsAShareBelowThirtyPercentAndTheDiagnosisFollows() {
        TestServer.Client client = server.newOrganization("Budget");
        String id = program(client, "Budget");
        JsonNode below = setBudget(client, id, "1000.00", "299.00");
        assertThat(below.path("budget").path("changeManagementBelowMinimum").asBoolean()).isTrue();
        assertThat(below.path("budget").path("minimumChangeManagementShare").asDouble()).isEqualTo(0.30);
        assertThat(below.path("budget").path("costWithoutBehaviorChangeReference").toString())
                .isEqualTo("{\"amount\":\"1400.00\",\"currency\":\"USD\"}");
        // Without 90-day check data there is no figure for the cost of no behaviour change.
        assertThat(below.path("budget").path("spendWithoutBehaviorChange").isNull()).isTrue();
        assertThat(below.path("budget").path("participantsWithoutBehaviorChange").isNull()).isTrue();
        JsonNode underfunded = below.path("program").path("diagnostics").path(5);
        assertThat(underfunded.path("failureMode").asText()).isEqualTo("CHANGE_MANAGEMENT_UNDERFUNDED");
        assertThat(underfunded.path("status").asText()).isEqualTo("DETECTED");
        assertThat(underfunded.path("evidence").path(0).asText()).contains("EUR 299.00 of EUR 1,000.00 (29.9%)");

        JsonNode atLine = setBudget(client, id, "1000.00", "300.00");
        assertThat(atLine.path("budget").path("changeManagementBelowMinimum").asBoolean()).isFalse();
        assertThat(atLine.path("program").path("diagnostics").path(5).path("status").asText()).isEqualTo("CLEAR");
    }

    @Test
    void aNewProgramIsGenericWithoutTargetBehaviorsAndOtherwiseInsufficientDataThenActivityClearsOneTimeEvent() {
        TestServer.Client client = server.newOrganization("Fresh");
        String id = program(client, "Fresh");
        JsonNode diagnostics = client.data("query($id: ID!) { program(id: $id) { diagnostics { failureMode status severity affected fix } } }",
                Map.of("id", id)).path("program").path("diagnostics");
        assertThat(diagnostics).hasSize(6);
        assertThat(diagnostics.path(0).path("status").asText()).isEqualTo("DETECTED");
        assertThat(diagnostics.path(0).path("affected").asInt()).isEqualTo(16);
        for (int i = 1; i < 6; i++) {
            String mode = diagnostics.path(i).path("failureMode").asText();
            // No target behaviours defined is itself the signal of measuring inputs; the rest needs data first.
            assertThat(diagnostics.path(i).path("status").asText()).as(mode)
                    .isEqualTo(mode.equals("MEASURING_INPUTS") ? "DETECTED" : "INSUFFICIENT_DATA");
        }
        JsonNode activity = client.data("""
                mutation($p: ID!) { recordCapabilityActivity(input: {programId: $p, kind: COMMUNITY_OF_PRACTICE_SESSION, happenedOn: "2026-11-18",
                  note: "Prompt clinic"}) { activity { id kind happenedOn note } userErrors { code } } }""", Map.of("p", id))
                .path("recordCapabilityActivity");
        assertThat(activity.path("activity").path("kind").asText()).isEqualTo("COMMUNITY_OF_PRACTICE_SESSION");
        JsonNode future = client.data("""
                mutation($p: ID!) { recordCapabilityActivity(input: {programId: $p, kind: CURRICULUM_REFRESH, happenedOn: "2026-12-18"}) {
                  activity { id } userErrors { field code } } }""", Map.of("p", id)).path("recordCapabilityActivity");
        assertThat(future.path("userErrors").path(0).path("code").asText()).isEqualTo("OUT_OF_RANGE");
        assertThat(client.data("query($id: ID!) { program(id: $id) { capabilityActivities { totalCount nodes { note } } } }", Map.of("id", id))
                .path("program").path("capabilityActivities").path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void gatesAndDiagnosticsOfManyProgramsCostTheSameNumberOfStatementsAsOfOne() {
        TestServer.Client client = server.newOrganization("Many");
        String query = """
                { programs(first: 20) { nodes { budget { spendWithoutBehaviorChange { amount } }
                    phases { gate { status conditions { reasons } } } diagnostics { status }
                    tools { name } tracks { provider { name } providerFitWarnings { code } } } } }""";
        program(client, "One");
        int one = client.query(query).sqlStatements();
        for (int i = 0; i < 5; i++) {
            program(client, "More " + i);
        }
        TestServer.Response many = client.query(query);
        assertThat(many.data().path("programs").path("nodes")).hasSize(6);
        assertThat(many.sqlStatements()).isEqualTo(one);
    }
}
