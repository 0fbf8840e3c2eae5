package dev.praxis.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.testing.Fixtures;
import dev.praxis.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing of another organization is visible or writable, through any field. */
class OrganizationIsolationTest {
    private static TestServer server;
    private static TestServer.Client alpha;
    private static TestServer.Client beta;
    private static Fixtures.ProgramIds alphaProgram;
    private static List<String> alphaPeople;
    private static String alphaCohort;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        alpha = server.newOrganization("Alpha");
        beta = server.newOrganization("Beta");
        alphaProgram = Fixtures.program(alpha, "Alpha program");
        alphaPeople = Fixtures.people(alpha, "alpha", 3, "PROFESSIONAL");
        alphaCohort = Fixtures.cohort(alpha, alphaProgram.trackIds().get(2), "Alpha cohort", "2026-02-02", "2026-03-02");
        Fixtures.enroll(alpha, alphaCohort, alphaPeople);
        Fixtures.program(beta, "Beta program");
        Fixtures.people(beta, "beta", 2, "EXECUTIVE");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listsShowOnlyTheCallersOwnRows() {
        JsonNode data = beta.data("{ programs { totalCount nodes { name } } people { totalCount nodes { email } } }");
        assertThat(data.path("programs").path("totalCount").asInt()).isEqualTo(1);
        assertThat(data.path("programs").path("nodes").path(0).path("name").asText()).isEqualTo("Beta program");
        assertThat(data.path("people").path("totalCount").asInt()).isEqualTo(2);
        assertThat(data.toString()).doesNotContain("alpha");
    }

    @Test
    void anotherOrganizationsIdsResolveToNothing() {
        JsonNode data = beta.data("""
                query($program: ID!, $cohort: ID!, $person: ID!, $module: ID!) {
                  program(id: $program) { name }
                  cohort(id: $cohort) { name }
                  person(id: $person) { email }
                  node(id: $module) { id }
                  nodes(ids: [$program, $cohort, $person, $module]) { id }
                }""", Map.of("program", alphaProgram.programId(), "cohort", alphaCohort,
                "person", alphaPeople.get(0), "module", alphaProgram.moduleIds().get(0)));
        assertThat(data.path("program").isNull()).isTrue();
        assertThat(data.path("cohort").isNull()).isTrue();
        assertThat(data.path("person").isNull()).isTrue();
        assertThat(data.path("node").isNull()).isTrue();
        data.path("nodes").forEach(node -> assertThat(node.isNull()).isTrue());
    }

    @Test
    void filtersDoNotReachAcrossOrganizations() {
        JsonNode data = beta.data("query($manager: ID!) { byEmail: people(filter: {email: \"alpha-0@example.com\"}) { totalCount } "
                + "byManager: people(filter: {managerId: $manager}) { totalCount } }", Map.of("manager", alphaPeople.get(0)));
        assertThat(data.path("byEmail").path("totalCount").asInt()).isZero();
        assertThat(data.path("byManager").path("totalCount").asInt()).isZero();
    }

    @Test
    void mutationsCannotTouchAnotherOrganizationsRows() {
        JsonNode module = beta.data("mutation($id: ID!) { updateModule(input: {moduleId: $id, businessContext: \"hijack\"}) { module { id } userErrors { field code } } }",
                Map.of("id", alphaProgram.moduleIds().get(0))).path("updateModule");
        assertThat(module.path("userErrors").path(0).path("code").asText()).isEqualTo("NOT_FOUND");
        JsonNode cohort = beta.data("mutation($track: ID!) { createCohort(input: {trackId: $track, name: \"x\", startsOn: \"2026-05-01\"}) { cohort { id } userErrors { code } } }",
                Map.of("track", alphaProgram.trackIds().get(0))).path("createCohort");
        assertThat(cohort.path("userErrors").path(0).path("code").asText()).isEqualTo("NOT_FOUND");
        JsonNode completions = beta.data("mutation($person: ID!, $module: ID!) { recordCompletions(input: {completions: [{personId: $person, moduleId: $module, completedAt: \"2026-03-01T10:00:00Z\"}]}) { recorded userErrors { field code } } }",
                Map.of("person", alphaPeople.get(1), "module", alphaProgram.moduleIds().get(8))).path("recordCompletions");
        assertThat(completions.path("recorded").asInt()).isZero();
        assertThat(completions.path("userErrors")).hasSize(2);
        JsonNode alphaView = alpha.data("query($id: ID!) { node(id: $id) { ... on Module { businessContext } } }",
                Map.of("id", alphaProgram.moduleIds().get(0)));
        assertThat(alphaView.path("node").path("businessContext").isNull()).isTrue();
    }

    @Test
    void managerLinksCannotPointIntoAnotherOrganization() {
        JsonNode payload = beta.data("mutation { upsertPeople(input: {people: [{email: \"b9@example.com\", displayName: \"B\", managerEmail: \"alpha-0@example.com\"}]}) { userErrors { field code } } }")
                .path("upsertPeople");
        assertThat(payload.path("userErrors").path(0).path("code").asText()).isEqualTo("NOT_FOUND");
    }
}
