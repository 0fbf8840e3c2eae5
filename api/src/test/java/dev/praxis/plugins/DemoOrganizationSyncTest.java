package dev.praxis.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.demo.DemoOrganization;
import dev.praxis.plugins.awsskillbuilder.SkillBuilderExports;
import dev.praxis.plugins.coursera.CourseraFixture;
import dev.praxis.plugins.customlms.XapiFixture;
import dev.praxis.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each of the three plugins syncs into the demo organization, and the result is visible over GraphQL. */
class DemoOrganizationSyncTest {

    @Test
    void everyPluginSyncsIntoTheDemoOrganization() {
        try (TestServer server = TestServer.start();
             XapiFixture lrs = new XapiFixture(1_200, 40, 6, 0, 0);
             CourseraFixture coursera = new CourseraFixture();
             SkillBuilderExports exports = new SkillBuilderExports()) {
            DemoOrganization.Result demo = DemoOrganization.ensure(server.database().dsl(), 200, server.clock());
            TestServer.Client client = server.newOrganization(demo.organizationName());
            List<Map<String, Object>> learners = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                learners.add(Map.of("email", "learner" + i + "@example.com", "displayName", "Vendor learner " + i));
            }
            client.data("mutation($p: [PersonInput!]!) { upsertPeople(input: {people: $p}) { userErrors { message } } }",
                    Map.of("p", learners));

            SyncTesting.syncToEnd(client, SyncTesting.configure(client, "custom-lms", "Northwind LRS", lrs.settings()));
            SyncTesting.syncToEnd(client, SyncTesting.configure(client, "coursera", "Coursera", coursera.settings()));
            SyncTesting.syncToEnd(client, SyncTesting.configure(client, "aws-skill-builder", "Skill Builder exports",
                    Map.of("csvFolder", exports.folder().toString())));

            JsonNode connections = client.data("""
                    { viewer { organization { name } }
                      pluginConnections { name plugin { id } lastRun { status fetched created } recordCount
                        catalogItems { totalCount } } }""");
            assertThat(connections.path("viewer").path("organization").path("name").asText()).isEqualTo(DemoOrganization.NAME);
            List<String> plugins = new ArrayList<>();
            for (JsonNode connection : connections.path("pluginConnections")) {
                plugins.add(connection.path("plugin").path("id").asText());
                assertThat(connection.path("lastRun").path("status").asText()).as(connection.toString()).isEqualTo("SUCCEEDED");
                assertThat(connection.path("recordCount").asInt()).isPositive();
                assertThat(connection.path("catalogItems").path("totalCount").asInt()).isPositive();
            }
            assertThat(plugins).containsExactly("custom-lms", "coursera", "aws-skill-builder");

            TestServer.Response nested = client.query("""
                    { pluginConnections { settings { name value } lastRun { status connection { name } }
                        runs(first: 5) { totalCount nodes { status } } catalogItems(first: 5) { totalCount nodes { title } }
                        unmatchedRecords(first: 5) { totalCount nodes { reason } } recordCount matchedRecordCount } }""");
            assertThat(nested.errors().isMissingNode()).as(nested.body().toString()).isTrue();
            assertThat(nested.sqlStatements()).as("one query per field level, whatever the number of connections").isLessThanOrEqualTo(10);
        }
    }
}
