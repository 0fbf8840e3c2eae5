package dev.praxis.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.praxis.db.Tables.EXTERNAL_COMPLETION;
import static org.assertj.core.api.Assertions.assertThat;

/** A later export that reports a completed course as in progress again changes nothing: statuses never move backwards. */
class StaleReportTest {

    @Test
    void aStaleReportLeavesACompletionCompleted(@org.junit.jupiter.api.io.TempDir Path exports) throws Exception {
        String header = "email,employee_id,course_id,course_title,status,progress,score,completed_at,minutes_spent\n";
        Files.writeString(exports.resolve("export-1.csv"), header
                + "ada@example.com,,lms-1,Prompting at work,completed,,90,2026-10-01T09:00:00Z,40\n"
                + "bob@example.com,,lms-1,Prompting at work,in progress,30,,,10\n");
        try (TestServer server = TestServer.start()) {
            TestServer.Client acme = server.newOrganization("Acme");
            acme.data("""
                    mutation { upsertPeople(input: {people: [{email: "ada@example.com", displayName: "Ada"},
                      {email: "bob@example.com", displayName: "Bob"}]}) { userErrors { message } } }""");
            String connectionId = SyncTesting.configure(acme, "custom-lms", "LMS exports", Map.of("csvFolder", exports.toString()));
            JsonNode first = SyncTesting.syncToEnd(acme, connectionId);
            assertThat(first.path("created").asInt()).isEqualTo(1 + 2);

            Files.writeString(exports.resolve("export-2.csv"), header
                    + "ada@example.com,,lms-1,Prompting at work,in progress,20,,,5\n"
                    + "bob@example.com,,lms-1,Prompting at work,completed,,70,2026-11-02T09:00:00Z,55\n");
            JsonNode second = SyncTesting.syncToEnd(acme, connectionId);
            assertThat(second.path("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(second.path("fetched").asInt()).as("the catalog item and the new export only").isEqualTo(1 + 2);
            assertThat(second.path("updated").asInt()).as("Bob's completion").isEqualTo(1);
            assertThat(second.path("unchanged").asInt()).as("the item, and Ada's stale report").isEqualTo(2);

            List<String> statuses = server.database().dsl().select(EXTERNAL_COMPLETION.STATUS).from(EXTERNAL_COMPLETION)
                    .orderBy(EXTERNAL_COMPLETION.LEARNER_EMAIL).fetch(EXTERNAL_COMPLETION.STATUS);
            assertThat(statuses).containsExactly("COMPLETED", "COMPLETED");
            assertThat(server.database().dsl().select(EXTERNAL_COMPLETION.SCORE).from(EXTERNAL_COMPLETION)
                    .where(EXTERNAL_COMPLETION.LEARNER_EMAIL.eq("ada@example.com")).fetchOne().value1()).isEqualByComparingTo("90");
        }
    }
}
