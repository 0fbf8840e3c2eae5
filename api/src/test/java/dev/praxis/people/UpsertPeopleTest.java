package dev.praxis.people;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UpsertPeopleTest {
    private static final String UPSERT = """
            mutation($people: [PersonInput!]!) { upsertPeople(input: {people: $people}) {
              created updated people { id email displayName audience specialty manager { email } }
              userErrors { field message code } } }""";
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
    void createsThenUpdatesByEmailWithManagersFromTheSameBatch() {
        TestServer.Client client = server.newOrganization("Upserts");
        JsonNode first = upsert(client, List.of(
                Map.of("email", "Report@Example.com", "displayName", "Report", "managerEmail", "boss@example.com", "audience", "PROFESSIONAL"),
                Map.of("email", "boss@example.com", "displayName", "Boss", "audience", "BUSINESS_LEADER")));
        assertThat(first.path("userErrors")).isEmpty();
        assertThat(first.path("created").asInt()).isEqualTo(2);
        assertThat(first.path("people").path(0).path("email").asText()).isEqualTo("report@example.com");
        assertThat(first.path("people").path(0).path("manager").path("email").asText()).isEqualTo("boss@example.com");

        JsonNode second = upsert(client, List.of(Map.of("email", "report@example.com", "displayName", "Report Renamed",
                "audience", "PRACTITIONER", "specialty", "MLOPS")));
        assertThat(second.path("created").asInt()).isZero();
        assertThat(second.path("updated").asInt()).isEqualTo(1);
        assertThat(second.path("people").path(0).path("displayName").asText()).isEqualTo("Report Renamed");
        assertThat(second.path("people").path(0).path("manager").path("email").asText())
                .as("a manager not mentioned is left as it was").isEqualTo("boss@example.com");

        JsonNode reports = client.data("{ people(filter: {email: \"boss@example.com\"}) { nodes { reports { totalCount nodes { email } } } } }");
        assertThat(reports.path("people").path("nodes").path(0).path("reports").path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void everyBadRowIsReportedWithItsPathAndNothingIsWritten() {
        TestServer.Client client = server.newOrganization("Bad rows");
        JsonNode payload = upsert(client, List.of(
                Map.of("email", "ok@example.com", "displayName", "Fine"),
                Map.of("email", "not-an-email", "displayName", "Broken"),
                Map.of("email", "ok@example.com", "displayName", "Twice"),
                Map.of("email", "x@example.com", "displayName", " "),
                Map.of("email", "y@example.com", "displayName", "Y", "specialty", "MLOPS", "audience", "EXECUTIVE"),
                Map.of("email", "z@example.com", "displayName", "Z", "managerEmail", "nobody@example.com")));
        List<String> problems = new ArrayList<>();
        payload.path("userErrors").forEach(error -> problems.add(error.path("field").toString() + " " + error.path("code").asText()));
        assertThat(problems).containsExactlyInAnyOrder(
                "[\"input\",\"people\",\"1\",\"email\"] INVALID",
                "[\"input\",\"people\",\"2\",\"email\"] DUPLICATE",
                "[\"input\",\"people\",\"3\",\"displayName\"] REQUIRED",
                "[\"input\",\"people\",\"4\",\"specialty\"] INVALID");
        assertThat(client.data("{ people { totalCount } }").path("people").path("totalCount").asInt()).isZero();

        JsonNode unknownManager = upsert(client, List.of(Map.of("email", "z@example.com", "displayName", "Z", "managerEmail", "nobody@example.com")));
        assertThat(unknownManager.path("userErrors").path(0).path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(client.data("{ people { totalCount } }").path("people").path("totalCount").asInt()).isZero();
    }

    @Test
    void aManagerLoopIsRefusedAndRolledBack() {
        TestServer.Client client = server.newOrganization("Loops");
        upsert(client, List.of(Map.of("email", "a@example.com", "displayName", "A"),
                Map.of("email", "b@example.com", "displayName", "B", "managerEmail", "a@example.com")));
        JsonNode loop = upsert(client, List.of(Map.of("email", "a@example.com", "displayName", "A changed", "managerEmail", "b@example.com")));
        assertThat(loop.path("userErrors").path(0).path("code").asText()).isEqualTo("CONFLICT");
        JsonNode a = client.data("{ people(filter: {email: \"a@example.com\"}) { nodes { displayName manager { email } } } }");
        assertThat(a.path("people").path("nodes").path(0).path("displayName").asText()).isEqualTo("A");
        assertThat(a.path("people").path("nodes").path(0).path("manager").isNull()).isTrue();
    }

    @Test
    void fiveThousandAtOnceIsTheLimit() {
        TestServer.Client client = server.newOrganization("Bulk");
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < 5_001; i++) {
            people.add(Map.of("email", "p" + i + "@example.com", "displayName", "P" + i, "managerEmail", "p0@example.com"));
        }
        JsonNode tooMany = upsert(client, people);
        assertThat(tooMany.path("userErrors").path(0).path("code").asText()).isEqualTo("TOO_MANY");

        people.removeLast();
        people.set(0, Map.of("email", "p0@example.com", "displayName", "P0"));
        JsonNode payload = upsert(client, people);
        assertThat(payload.path("userErrors")).isEmpty();
        assertThat(payload.path("created").asInt()).isEqualTo(5_000);
        JsonNode boss = client.data("{ people(filter: {email: \"p0@example.com\"}) { nodes { reports(first: 100) { totalCount pageInfo { hasNextPage } } } } }");
        assertThat(boss.path("people").path("nodes").path(0).path("reports").path("totalCount").asInt()).isEqualTo(4_999);
        assertThat(boss.path("people").path("nodes").path(0).path("reports").path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
    }

    @Test
    void peoplePagesForwardAndBackwardWithoutGapsOrRepeats() {
        TestServer.Client client = server.newOrganization("Paging");
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            people.add(Map.of("email", "q" + i + "@example.com", "displayName", "Q" + i));
        }
        upsert(client, people);
        List<String> forward = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonNode page = client.data("query($after: String) { people(first: 10, after: $after) { edges { cursor node { email } } pageInfo { hasNextPage endCursor } } }",
                    after == null ? Map.of() : Map.of("after", after)).path("people");
            page.path("edges").forEach(edge -> forward.add(edge.path("node").path("email").asText()));
            more = page.path("pageInfo").path("hasNextPage").asBoolean();
            after = page.path("pageInfo").path("endCursor").asText();
        }
        assertThat(forward).hasSize(25).doesNotHaveDuplicates();
        JsonNode last = client.data("{ people(last: 5) { nodes { email } pageInfo { hasPreviousPage startCursor } } }").path("people");
        assertThat(last.path("nodes").path(4).path("email").asText()).isEqualTo(forward.get(24));
        assertThat(last.path("pageInfo").path("hasPreviousPage").asBoolean()).isTrue();
        JsonNode before = client.data("query($before: String) { people(last: 5, before: $before) { nodes { email } } }",
                Map.of("before", last.path("pageInfo").path("startCursor").asText())).path("people");
        assertThat(before.path("nodes").path(0).path("email").asText()).isEqualTo(forward.get(15));
        TestServer.Response badCursor = client.query("{ people(after: \"bogus\") { totalCount } }");
        assertThat(badCursor.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
    }

    private static JsonNode upsert(TestServer.Client client, List<Map<String, Object>> people) {
        return client.data(UPSERT, Map.of("people", people)).path("upsertPeople");
    }
}
