package dev.praxis.graphql;

import dev.praxis.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP contract: status codes, media types, authentication, limits and the error format. */
class GraphQLTransportTest {
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static TestServer server;
    private static TestServer.Client client;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        client = server.newOrganization("Transport");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noKeyIs401WithAGraphQLErrorBody() {
        TestServer.Response response = server.anonymous().post("{\"query\":\"{ viewer { roles } }\"}", JSON);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.firstErrorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(response.body().has("data")).isFalse();
    }

    @Test
    void unknownKeyIs401() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.graphqlUri())
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer prx_000000000000_" + "0".repeat(64))
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ viewer { roles } }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.body()).contains("UNAUTHENTICATED").doesNotContain("Exception");
    }

    @Test
    void viewerNamesTheOrganizationAndNeverTheSecret() {
        TestServer.Response response = client.query("{ viewer { organization { name } apiKey { label prefix } roles } }");
        assertThat(response.data().path("viewer").path("organization").path("name").asText()).isEqualTo("Transport");
        assertThat(response.body().toString()).doesNotContain(client.key());
        assertThat(client.key()).contains(response.data().path("viewer").path("apiKey").path("prefix").asText());
    }

    @Test
    void malformedJsonIs400WithAClearMessage() {
        TestServer.Response response = client.post("{\"query\": ", JSON);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.firstErrorCode()).isEqualTo("BAD_REQUEST");
        assertThat(response.errors().path(0).path("message").asText()).contains("not valid JSON");
    }

    @Test
    void variablesThatAreNotAnObjectAre400() {
        TestServer.Response response = client.post("{\"query\":\"{ viewer { roles } }\",\"variables\":[1]}", JSON);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errors().path(0).path("message").asText()).contains("variables");
    }

    @Test
    void variablesOfTheWrongTypeAre400UnderTheGraphQLMediaType() {
        TestServer.Response response = client.post("{\"query\":\"query($n: Int) { programs(first: $n) { totalCount } }\",\"variables\":{\"n\":\"x\"}}",
                Map.of("Content-Type", "application/json", "Accept", "application/graphql-response+json"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.firstErrorCode()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(response.contentType()).startsWith("application/graphql-response+json");
    }

    @Test
    void parseErrorsAre400ForTheGraphQLMediaTypeAnd200ForJson() {
        String body = "{\"query\":\"{ viewer { \"}";
        TestServer.Response graphql = client.post(body, Map.of("Content-Type", "application/json", "Accept", "application/graphql-response+json"));
        assertThat(graphql.status()).isEqualTo(400);
        assertThat(graphql.firstErrorCode()).isEqualTo("GRAPHQL_PARSE_FAILED");
        TestServer.Response json = client.post(body, Map.of("Content-Type", "application/json", "Accept", "application/json"));
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.firstErrorCode()).isEqualTo("GRAPHQL_PARSE_FAILED");
    }

    @Test
    void unknownFieldIsAValidationErrorWithACode() {
        TestServer.Response response = client.query("{ viewer { secret } }");
        assertThat(response.firstErrorCode()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(response.errors().path(0).path("extensions").has("classification")).isFalse();
    }

    @Test
    void getServesQueriesButNotMutations() {
        String query = URLEncoder.encode("{ viewer { roles } }", StandardCharsets.UTF_8);
        TestServer.Response get = client.get("query=" + query, Map.of());
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.data().path("viewer").path("roles").path(0).asText()).isEqualTo("ADMIN");
        String mutation = URLEncoder.encode("mutation { createProgram(input: {name: \"x\"}) { program { id } } }", StandardCharsets.UTF_8);
        TestServer.Response refused = client.get("query=" + mutation, Map.of());
        assertThat(refused.status()).isEqualTo(405);
        assertThat(client.data("{ programs(filter: {nameContains: \"x\"}) { totalCount } }").path("programs").path("totalCount").asInt()).isZero();
    }

    @Test
    void postBodiesMustBeJson() {
        TestServer.Response response = client.post("query { viewer { roles } }", Map.of("Content-Type", "text/plain"));
        assertThat(response.status()).isEqualTo(415);
    }

    @Test
    void unacceptableAcceptHeaderIs406() {
        TestServer.Response response = client.post("{\"query\":\"{ viewer { roles } }\"}", Map.of("Content-Type", "application/json", "Accept", "text/html"));
        assertThat(response.status()).isEqualTo(406);
    }

    @Test
    void oversizedBodiesAre413() {
        String padding = "x".repeat(1024 * 1024 + 10);
        TestServer.Response response = client.post("{\"query\":\"{ viewer { roles } }\",\"extensions\":{\"pad\":\"" + padding + "\"}}", JSON);
        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void pagesLargerThan100AreRejected() {
        TestServer.Response response = client.query("{ people(first: 101) { totalCount } }");
        assertThat(response.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.errors().path(0).path("message").asText()).contains("between 0 and 100");
    }

    @Test
    void tooDeepQueriesAreRejected() {
        String deep = "{ people(first: 1) { nodes { " + "manager { ".repeat(16) + "id" + " }".repeat(16) + " } } }";
        TestServer.Response response = client.query(deep);
        assertThat(response.firstErrorCode()).isEqualTo("LIMIT_EXCEEDED");
    }

    @Test
    void tooCostlyQueriesAreRejected() {
        String costly = "{ programs(first: 100) { nodes { cohorts(first: 100) { nodes { participants(first: 100) { nodes { person { reports(first: 100) { nodes { id } } } } } } } } } }";
        TestServer.Response response = client.query(costly);
        assertThat(response.firstErrorCode()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(response.sqlStatements()).isZero();
    }

    @Test
    void malformedIdsAreBadUserInputWithoutInternals() {
        TestServer.Response response = client.query("{ program(id: \"not-an-id\") { name } }");
        assertThat(response.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.body().toString()).doesNotContain("Exception").doesNotContain("dev.praxis");
    }

    @Test
    void nodeOfAnUnknownIdIsNull() {
        TestServer.Response response = client.query("{ node(id: \"UHJvZ3JhbTo5OTk5OTk\") { id } nodes(ids: [\"garbage\"]) { id } }");
        assertThat(response.data().path("node").isNull()).isTrue();
        assertThat(response.data().path("nodes").path(0).isNull()).isTrue();
    }

    @Test
    void introspectionWorks() {
        TestServer.Response response = client.query("{ __type(name: \"Program\") { fields { name } } }");
        assertThat(response.data().path("__type").path("fields").toString()).contains("phases").contains("cohorts");
    }

    @Test
    void healthReportsTheDatabase() throws Exception {
        URI health = URI.create(server.graphqlUri().toString().replace("/graphql", "/observe/health"));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(health).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("database").contains("UP");
    }
}
