package dev.praxis.graphql;

import dev.praxis.testing.Fixtures;
import dev.praxis.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: the nested query programs → tracks → modules → cohorts → participants runs the same
 * number of SQL statements whether the organization has one program or three, each with more
 * cohorts and participants.
 */
class NestedQueryStatementCountTest {
    private static final String NESTED = """
            { programs(first: 10) { totalCount nodes { name
                budget { costPerParticipant { amount } }
                phases { kind status }
                tracks { name totalHours modules { title hours track { name } }
                  cohorts(first: 10) { totalCount nodes { name size completionRate phase { kind }
                    participants(first: 50) { totalCount nodes { status person { displayName manager { displayName } enrollments { status } } } } } } } } } }""";

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
    void statementCountDoesNotGrowWithRows() {
        TestServer.Client small = server.newOrganization("Small");
        build(small, 1, 1, 3);
        TestServer.Client large = server.newOrganization("Large");
        build(large, 3, 3, 12);

        TestServer.Response smallResponse = small.query(NESTED);
        TestServer.Response largeResponse = large.query(NESTED);
        assertThat(smallResponse.body().has("errors")).isFalse();
        assertThat(largeResponse.body().has("errors")).isFalse();
        assertThat(largeResponse.data().path("programs").path("totalCount").asInt()).isEqualTo(3);
        assertThat(largeResponse.data().toString()).contains("\"totalCount\":12");

        int statements = smallResponse.sqlStatements();
        assertThat(statements).isPositive();
        assertThat(largeResponse.sqlStatements()).isEqualTo(statements);
        // One statement per type and level, not per row.
        assertThat(statements).isLessThanOrEqualTo(16);
    }

    private static void build(TestServer.Client client, int programs, int cohortsPerTrack, int participantsPerCohort) {
        List<String> people = Fixtures.people(client, client.key().substring(4, 12), participantsPerCohort, "PROFESSIONAL");
        for (int p = 0; p < programs; p++) {
            Fixtures.ProgramIds program = Fixtures.program(client, "Program " + p);
            for (String track : program.trackIds()) {
                for (int c = 0; c < cohortsPerTrack; c++) {
                    String cohort = Fixtures.cohort(client, track, "Cohort " + c, "2026-0" + (c + 2) + "-02", null);
                    Fixtures.enroll(client, cohort, people);
                }
            }
        }
    }
}
