package dev.praxis.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.testing.Fixtures;
import dev.praxis.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** createCohort → enrollParticipants → recordCompletions, and the figures that follow. */
class CohortLifecycleTest {
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
    void completionsMoveEnrollmentsAndTheCompletionRate() {
        TestServer.Client client = server.newOrganization("Lifecycle");
        Fixtures.ProgramIds program = Fixtures.program(client, "Lifecycle program");
        String executiveTrack = program.trackIds().get(0);
        List<String> people = Fixtures.people(client, "exec", 4, "EXECUTIVE");
        String cohortId = Fixtures.cohort(client, executiveTrack, "Execs", "2026-02-02", "2026-03-02");
        Fixtures.enroll(client, cohortId, people);

        JsonNode cohort = client.data("query($id: ID!) { cohort(id: $id) { size completionRate phase { kind } track { audience } } }",
                Map.of("id", cohortId)).path("cohort");
        assertThat(cohort.path("size").asInt()).isEqualTo(4);
        assertThat(cohort.path("completionRate").asDouble()).isZero();
        assertThat(cohort.path("phase").path("kind").asText()).as("defaults to the phase training executives").isEqualTo("FOUNDATION");

        List<String> modules = program.moduleIds().subList(0, 4);
        StringBuilder completions = new StringBuilder();
        for (String module : modules) {
            completions.append("{personId: \"").append(people.get(0)).append("\", moduleId: \"").append(module)
                    .append("\", completedAt: \"2026-02-20T10:00:00Z\", score: 88.5},");
        }
        completions.append("{personId: \"").append(people.get(1)).append("\", moduleId: \"").append(modules.get(0))
                .append("\", completedAt: \"2026-02-21T10:00:00Z\"}");
        JsonNode recorded = client.data("mutation { recordCompletions(input: {completions: [" + completions + "]}) { recorded userErrors { field code } } }")
                .path("recordCompletions");
        assertThat(recorded.path("userErrors")).isEmpty();
        assertThat(recorded.path("recorded").asInt()).isEqualTo(5);

        JsonNode after = client.data("query($id: ID!) { cohort(id: $id) { completionRate participants { nodes { status completedAt person { email completions { totalCount } } } } } }",
                Map.of("id", cohortId)).path("cohort");
        assertThat(after.path("completionRate").asDouble()).isEqualTo(0.25);
        JsonNode participants = after.path("participants").path("nodes");
        assertThat(participants.path(0).path("status").asText()).isEqualTo("COMPLETED");
        assertThat(Instant.parse(participants.path(0).path("completedAt").asText())).isEqualTo(Instant.parse("2026-02-20T10:00:00Z"));
        assertThat(participants.path(1).path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(participants.path(2).path("status").asText()).isEqualTo("ENROLLED");

        // A stale, later report of the same completion keeps the earliest time.
        client.data("mutation($p: ID!, $m: ID!) { recordCompletions(input: {completions: [{personId: $p, moduleId: $m, completedAt: \"2026-04-01T10:00:00Z\"}]}) { recorded } }",
                Map.of("p", people.get(0), "m", modules.get(3)));
        JsonNode stillDone = client.data("query($id: ID!) { cohort(id: $id) { participants(first: 1) { nodes { status completedAt } } } }",
                Map.of("id", cohortId)).path("cohort").path("participants").path("nodes").path(0);
        assertThat(stillDone.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(Instant.parse(stillDone.path("completedAt").asText())).isEqualTo(Instant.parse("2026-02-20T10:00:00Z"));
    }

    @Test
    void badCohortAndCompletionInputsAreUserErrorsAndWriteNothing() {
        TestServer.Client client = server.newOrganization("Cohort errors");
        Fixtures.ProgramIds program = Fixtures.program(client, "P");
        JsonNode cohort = client.data("mutation($track: ID!) { createCohort(input: {trackId: $track, name: \"\", startsOn: \"2026-05-01\", endsOn: \"2026-04-01\"}) { cohort { id } userErrors { field code } } }",
                Map.of("track", program.trackIds().get(0))).path("createCohort");
        assertThat(cohort.path("cohort").isNull()).isTrue();
        assertThat(cohort.path("userErrors").toString()).contains("\"name\"").contains("\"endsOn\"");

        List<String> people = Fixtures.people(client, "p", 1, "PROFESSIONAL");
        JsonNode completions = client.data("mutation($p: ID!, $m: ID!) { recordCompletions(input: {completions: ["
                        + "{personId: $p, moduleId: $m, completedAt: \"2026-02-01T00:00:00Z\", score: 50},"
                        + "{personId: $p, moduleId: $m, completedAt: \"2026-02-01T00:00:00Z\", score: 101}]}) { recorded userErrors { field code } } }",
                Map.of("p", people.get(0), "m", program.moduleIds().get(0))).path("recordCompletions");
        assertThat(completions.path("userErrors").path(0).path("field").toString()).isEqualTo("[\"input\",\"completions\",\"1\",\"score\"]");
        assertThat(completions.path("userErrors").path(0).path("code").asText()).isEqualTo("OUT_OF_RANGE");
        JsonNode person = client.data("query($id: ID!) { person(id: $id) { completions { totalCount } } }", Map.of("id", people.get(0)));
        assertThat(person.path("person").path("completions").path("totalCount").asInt()).as("all or nothing").isZero();
    }

    @Test
    void programCohortsFilterByAudienceAndDate() {
        TestServer.Client client = server.newOrganization("Filters");
        Fixtures.ProgramIds program = Fixtures.program(client, "P");
        Fixtures.cohort(client, program.trackIds().get(0), "Exec early", "2026-01-10", null);
        Fixtures.cohort(client, program.trackIds().get(2), "Pro late", "2026-06-10", null);
        Fixtures.cohort(client, program.trackIds().get(2), "Pro early", "2026-02-10", null);
        JsonNode data = client.data("query($id: ID!) { program(id: $id) { "
                + "pros: cohorts(filter: {audience: PROFESSIONAL}) { totalCount nodes { name phase { kind } } } "
                + "early: cohorts(filter: {startsOnOrBefore: \"2026-03-01\"}) { totalCount } } }", Map.of("id", program.programId())).path("program");
        assertThat(data.path("pros").path("totalCount").asInt()).isEqualTo(2);
        assertThat(data.path("pros").path("nodes").path(0).path("phase").path("kind").asText()).isEqualTo("BROAD_WORKFORCE");
        assertThat(data.path("early").path("totalCount").asInt()).isEqualTo(2);
    }
}
