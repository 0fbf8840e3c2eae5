package dev.praxis.graphql;

import dev.praxis.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** A request that outlives its time limit is stopped and answered with TIMEOUT, not left running. */
class RequestTimeLimitTest {

    @Test
    void aRequestOverItsTimeLimitIsStopped() {
        try (TestServer server = TestServer.start(Clock.fixed(TestServer.NOW, ZoneOffset.UTC), Duration.ofMillis(1))) {
            TestServer.Client client = server.newOrganization("Slow");
            // Fifty root fields, each its own query and count: far more than a millisecond of work.
            StringBuilder query = new StringBuilder("{");
            for (int i = 0; i < 50; i++) {
                query.append(" p").append(i).append(": people(first: 100, filter: {search: \"").append(i).append("\"}) { totalCount nodes { email } }");
            }
            TestServer.Response response = client.query(query.append(" }").toString());
            assertThat(response.firstErrorCode()).isEqualTo("TIMEOUT");
            assertThat(response.errors().path(0).path("message").asText()).contains("time limit");
            assertThat(response.body().toString()).doesNotContain("Exception");
        }
    }
}
