package dev.praxis.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.plugins.awsskillbuilder.SkillBuilderExports;
import dev.praxis.plugins.coursera.CourseraFixture;
import dev.praxis.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Coursera and AWS Skill Builder against their fixtures, end to end through the real server's GraphQL API. */
class CourseraAndSkillBuilderSyncTest {
    private static TestServer server;
    private static CourseraFixture coursera;
    private static SkillBuilderExports exports;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        coursera = new CourseraFixture();
        exports = new SkillBuilderExports();
    }

    @AfterAll
    static void stop() {
        server.close();
        coursera.close();
        exports.close();
    }

    @Test
    void courseraProgramsContentsAndReportsArriveAndASecondRunChangesNothing() {
        TestServer.Client acme = organizationWithLearners("Acme");
        String connectionId = SyncTesting.configure(acme, "coursera", "Coursera", coursera.settings());
        JsonNode run = SyncTesting.syncToEnd(acme, connectionId);
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.path("fetched").asInt()).isEqualTo(CourseraFixture.CONTENTS + CourseraFixture.REPORTS);
        assertThat(run.path("created").asInt()).isEqualTo(CourseraFixture.CONTENTS + CourseraFixture.REPORTS);
        JsonNode connection = acme.data("""
                { pluginConnections { plugin { id category } recordCount matchedRecordCount settings { name value }
                    catalogItems(first: 1) { totalCount nodes { externalId title durationMinutes url format } } } }""")
                .path("pluginConnections").path(0);
        assertThat(connection.path("plugin").path("category").asText()).isEqualTo("PLATFORM");
        assertThat(connection.path("recordCount").asInt()).isEqualTo(CourseraFixture.REPORTS);
        assertThat(connection.path("matchedRecordCount").asInt()).isEqualTo(CourseraFixture.REPORTS);
        assertThat(connection.path("catalogItems").path("totalCount").asInt()).isEqualTo(CourseraFixture.CONTENTS);
        assertThat(connection.path("catalogItems").path("nodes").path(0).path("durationMinutes").asInt()).isEqualTo(60);
        assertThat(connection.path("settings").toString()).doesNotContain(CourseraFixture.CLIENT_SECRET).contains("********");

        JsonNode again = SyncTesting.syncToEnd(acme, connectionId);
        assertThat(again.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("updated").asInt()).isZero();
        assertThat(again.path("unchanged").asInt()).as("the catalog is read again, unchanged").isEqualTo(CourseraFixture.CONTENTS);
    }

    @Test
    void skillBuilderExportsFromAFolderArriveWithTheUnreadableRowRejected() {
        TestServer.Client globex = organizationWithLearners("Globex");
        String connectionId = SyncTesting.configure(globex, "aws-skill-builder", "Skill Builder exports",
                Map.of("csvFolder", exports.folder().toString(), "pageSize", "50"));
        JsonNode run = SyncTesting.syncToEnd(globex, connectionId);
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.path("rejected").asInt()).isEqualTo(1);
        assertThat(run.path("errors").path(0).asText()).contains("unknown status 'Paused?'");
        assertThat(run.path("created").asInt()).isEqualTo(SkillBuilderExports.COURSES + SkillBuilderExports.ROWS);
        JsonNode connection = globex.data("{ pluginConnections { plugin { category } recordCount matchedRecordCount } }")
                .path("pluginConnections").path(0);
        assertThat(connection.path("plugin").path("category").asText()).isEqualTo("CLOUD_ACADEMY");
        assertThat(connection.path("matchedRecordCount").asInt()).isEqualTo(SkillBuilderExports.ROWS);
        JsonNode again = SyncTesting.syncToEnd(globex, connectionId);
        assertThat(again.path("created").asInt() + again.path("updated").asInt()).isZero();
    }

    @Test
    void theInstalledPluginsDescribeThemselves() {
        JsonNode plugins = server.newOrganization("Initech").data("{ plugins { id name version category capabilities settings { name required secret } } }")
                .path("plugins");
        List<String> ids = new ArrayList<>();
        plugins.forEach(plugin -> ids.add(plugin.path("id").asText()));
        assertThat(ids).contains("coursera", "aws-skill-builder", "custom-lms");
        for (JsonNode plugin : plugins) {
            if (plugin.path("id").asText().equals("coursera")) {
                assertThat(plugin.path("capabilities").toString()).isEqualTo("[\"CATALOG\",\"COMPLETIONS\"]");
                assertThat(plugin.path("settings").toString()).contains("{\"name\":\"clientSecret\",\"required\":true,\"secret\":true}");
            }
        }
    }

    private static TestServer.Client organizationWithLearners(String name) {
        TestServer.Client client = server.newOrganization(name);
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            people.add(Map.of("email", "learner" + i + "@example.com", "displayName", "Learner " + i));
        }
        client.data("mutation($p: [PersonInput!]!) { upsertPeople(input: {people: $p}) { userErrors { message } } }", Map.of("p", people));
        return client;
    }
}
