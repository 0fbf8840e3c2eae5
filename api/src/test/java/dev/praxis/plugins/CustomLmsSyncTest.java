package dev.praxis.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.plugins.customlms.XapiFixture;
import dev.praxis.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.praxis.db.Tables.EXTERNAL_COMPLETION;
import static dev.praxis.db.Tables.PLUGIN_CONNECTION;
import static org.assertj.core.api.Assertions.assertThat;

/** The custom-LMS plugin against its LRS fixture, end to end through the real server's GraphQL API. */
class CustomLmsSyncTest {
    private static TestServer server;
    private static XapiFixture lrs;
    private static TestServer.Client acme;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        lrs = new XapiFixture(2_500, 40, 6, 4, 3);
        acme = server.newOrganization("Acme");
    }

    @AfterAll
    static void stop() {
        server.close();
        lrs.close();
    }

    @Test
    void syncsStatementsIntoTheOrganizationAndKeepsUnmatchedLearners() {
        // people 0-29 exist (those the LRS knows by account, 9/19/29, through their external id); 30-39 do not yet
        upsertPeople(0, 30);
        String connectionId = SyncTesting.configure(acme, "custom-lms", "Corporate LRS", lrs.settings());

        JsonNode connection = acme.data("""
                { pluginConnections { id name plugin { id category capabilities } settings { name value secret } } }""")
                .path("pluginConnections").path(0);
        assertThat(connection.path("plugin").path("id").asText()).isEqualTo("custom-lms");
        assertThat(connection.path("plugin").path("category").asText()).isEqualTo("INTERNAL");
        assertThat(setting(connection, "clientSecret")).isEqualTo("********");
        assertThat(setting(connection, "lrsPassword")).isNull();
        assertThat(setting(connection, "clientId")).isEqualTo(XapiFixture.CLIENT_ID);
        String storedSecrets = server.database().dsl().select(PLUGIN_CONNECTION.SECRETS).from(PLUGIN_CONNECTION).fetchOne().value1();
        assertThat(storedSecrets).doesNotContain(XapiFixture.CLIENT_SECRET).startsWith("{\"clientSecret\":\"v1:");

        JsonNode run = SyncTesting.syncToEnd(acme, connectionId);
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.path("fetched").asInt()).isEqualTo(2_500);
        assertThat(run.path("created").asInt()).isEqualTo(2_500);
        assertThat(run.path("pages").asInt()).as("one catalog page, three statement pages").isEqualTo(4);
        assertThat(run.path("progress").asDouble()).isEqualTo(1.0);

        JsonNode after = acme.data("""
                { pluginConnections { recordCount matchedRecordCount lastRun { status fetched }
                    catalogItems(first: 10) { totalCount nodes { externalId title } }
                    unmatchedRecords(first: 3) { totalCount nodes { learnerEmail learnerAccount reason } } } }""")
                .path("pluginConnections").path(0);
        assertThat(after.path("lastRun").path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(after.path("recordCount").asInt()).isEqualTo(2_500);
        assertThat(after.path("catalogItems").path("totalCount").asInt()).isEqualTo(6);
        assertThat(after.path("catalogItems").path("nodes").path(0).path("title").asText()).startsWith("Course ");
        assertThat(after.path("unmatchedRecords").path("totalCount").asInt()).isEqualTo(620);
        assertThat(after.path("matchedRecordCount").asInt()).isEqualTo(1_880);
        assertThat(after.path("unmatchedRecords").path("nodes").path(0).path("reason").asText())
                .isEqualTo("no person with email learner30@example.com");

        // the same sync again: from the watermark, nothing new, nothing changed
        JsonNode again = SyncTesting.syncToEnd(acme, connectionId);
        assertThat(again.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(again.path("created").asInt() + again.path("updated").asInt()).isZero();

        // new statements arrive: only they are fetched
        lrs.grow(2_600);
        JsonNode next = SyncTesting.syncToEnd(acme, connectionId);
        assertThat(next.path("fetched").asInt()).isEqualTo(100);
        assertThat(next.path("created").asInt()).isEqualTo(100);
        lrs.grow(2_500);

        // the missing people appear: their records are matched
        upsertPeople(30, 40);
        JsonNode matched = acme.data("{ pluginConnections { matchedRecordCount unmatchedRecords { totalCount } } }")
                .path("pluginConnections").path(0);
        assertThat(matched.path("unmatchedRecords").path("totalCount").asInt()).isZero();
        assertThat(matched.path("matchedRecordCount").asInt()).isEqualTo(2_600);
        assertThat(server.database().dsl().fetchCount(EXTERNAL_COMPLETION)).isEqualTo(2_600);
    }

    @Test
    void completionsOfALinkedCatalogItemCountAsModuleCompletions() {
        TestServer.Client globex = server.newOrganization("Globex");
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            people.add(Map.of("email", "learner" + i + "@example.com", "displayName", "Learner " + i, "externalId", "emp-" + i));
        }
        globex.data("mutation($p: [PersonInput!]!) { upsertPeople(input: {people: $p}) { userErrors { message } } }", Map.of("p", people));
        String connectionId = SyncTesting.configure(globex, "custom-lms", "LRS", lrs.settings());
        assertThat(SyncTesting.syncToEnd(globex, connectionId).path("status").asText()).isEqualTo("SUCCEEDED");
        JsonNode program = globex.data("""
                mutation { createProgram(input: {name: "AI 2027"}) { program { tracks { modules { id code } } } } }""")
                .path("createProgram").path("program");
        String moduleId = program.path("tracks").path(0).path("modules").path(0).path("id").asText();
        JsonNode items = globex.data("{ pluginConnections { catalogItems(first: 10) { nodes { id externalId } } } }")
                .path("pluginConnections").path(0).path("catalogItems").path("nodes");
        String course0 = null;
        for (JsonNode item : items) {
            if (item.path("externalId").asText().endsWith("/courses/0")) {
                course0 = item.path("id").asText();
            }
        }
        JsonNode linked = globex.data("""
                mutation($m: ID!, $c: ID) { linkCatalogItem(input: {moduleId: $m, catalogItemId: $c}) {
                  module { id catalogItem { externalId title } } userErrors { message } } }""",
                Map.of("m", moduleId, "c", course0)).path("linkCatalogItem");
        assertThat(linked.path("module").path("catalogItem").path("title").asText()).isEqualTo("Course 0");
        // learner0 completed course 0 (statement 40: verb completed, item 40 % 6 = 4... find any learner with a completion)
        JsonNode completions = globex.data("""
                { people(first: 40) { nodes { email completions(first: 5) { totalCount nodes { source module { id } catalogItem { title } } } } } }""")
                .path("people").path("nodes");
        int withCompletion = 0;
        for (JsonNode person : completions) {
            if (person.path("completions").path("totalCount").asInt() > 0) {
                withCompletion++;
                assertThat(person.path("completions").path("nodes").path(0).path("source").asText()).isEqualTo("custom-lms");
                assertThat(person.path("completions").path("nodes").path(0).path("module").path("id").asText()).isEqualTo(moduleId);
                assertThat(person.path("completions").path("nodes").path(0).path("catalogItem").path("title").asText()).isEqualTo("Course 0");
            }
        }
        assertThat(withCompletion).isGreaterThan(0);
        // The linked module has no business context of its own: the diagnosis names the vendor item used unchanged.
        JsonNode generic = globex.data("{ programs(first: 1) { nodes { diagnostics { failureMode evidence } } } }")
                .path("programs").path("nodes").path(0).path("diagnostics").path(0);
        assertThat(generic.path("failureMode").asText()).isEqualTo("GENERIC_CONTENT");
        assertThat(generic.path("evidence").toString()).contains("1 delivers a custom-lms catalog item unchanged");
    }

    @Test
    void invalidSettingsAreUserErrorsAndWriteNothing() {
        TestServer.Client initech = server.newOrganization("Initech");
        JsonNode payload = initech.data("""
                mutation { configurePluginConnection(input: {pluginId: "custom-lms", name: "x",
                  settings: [{name: "tokenUrl", value: "https://lrs.example.com/token"}, {name: "bogus", value: "1"}]}) {
                  connection { id } userErrors { field message code } } }""").path("configurePluginConnection");
        assertThat(payload.path("connection").isNull()).isTrue();
        assertThat(payload.path("userErrors").toString()).contains("[\"input\",\"settings\",\"1\",\"name\"]").contains("INVALID");
        JsonNode missing = initech.data("""
                mutation { configurePluginConnection(input: {pluginId: "custom-lms", name: "x", settings: []}) {
                  userErrors { field message code } } }""").path("configurePluginConnection");
        assertThat(missing.path("userErrors").toString()).contains("exactly one of lrsEndpoint");
        JsonNode unknown = initech.data("""
                mutation { configurePluginConnection(input: {pluginId: "nope", name: "x", settings: []}) {
                  userErrors { field code } } }""").path("configurePluginConnection");
        assertThat(unknown.path("userErrors").path(0).path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(initech.data("{ pluginConnections { id } }").path("pluginConnections")).isEmpty();
    }

    private static void upsertPeople(int from, int to) {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (i % 10 == 9) {
                people.add(Map.of("email", "person" + i + "@acme.example", "displayName", "Learner " + i, "externalId", "emp-" + i));
            } else {
                people.add(Map.of("email", "learner" + i + "@example.com", "displayName", "Learner " + i));
            }
        }
        JsonNode result = acme.data("mutation($p: [PersonInput!]!) { upsertPeople(input: {people: $p}) { userErrors { message } } }",
                Map.of("p", people));
        assertThat(result.path("upsertPeople").path("userErrors")).isEmpty();
    }

    private static String setting(JsonNode connection, String name) {
        for (JsonNode setting : connection.path("settings")) {
            if (setting.path("name").asText().equals(name)) {
                return setting.path("value").isNull() ? null : setting.path("value").asText();
            }
        }
        throw new AssertionError("no setting " + name);
    }
}
