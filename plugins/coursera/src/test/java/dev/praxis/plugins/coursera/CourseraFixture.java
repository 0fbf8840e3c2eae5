package dev.praxis.plugins.coursera;

import dev.praxis.spi.testkit.FixtureServer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Coursera for Business as integrators' code calls it (see VENDOR-APIS.md): a client-credentials
 * token endpoint (HTTP Basic, form grant_type=client_credentials, answer access_token/expires_in) and
 * {@code /ent/api/businesses.v1/{orgId}/programs|contents|enrollmentReports} answering
 * {@code {"elements":[...],"paging":{"next":N,"total":T},"linked":{}}} with epoch-millisecond times.
 * Program "prog-ai" has 6 contents (with {@code id}/{@code name}) and 230 enrollment reports; program
 * "prog-data" has 4 contents (with {@code contentId}/{@code title}, one shared with prog-ai) and 120
 * reports, and omits {@code paging.total} as the real API sometimes does. Learner i is
 * learner(i % 40)@example.com; every third report is completed. It answers the first report request
 * with 429 (Retry-After: 1), every 5th with 502, and a token with 401 after 4 uses.
 */
public final class CourseraFixture implements AutoCloseable {
    public static final String ORG = "acme-org";
    public static final String CLIENT_ID = "coursera-client";
    public static final String CLIENT_SECRET = "coursera-s3cret";
    public static final long BASE = Instant.parse("2026-10-01T00:00:00Z").toEpochMilli();
    public static final int REPORTS = 350;
    public static final int CONTENTS = 9;

    private final FixtureServer server;
    private final AtomicInteger tokens = new AtomicInteger();
    private final AtomicInteger uses = new AtomicInteger();
    private final AtomicInteger reportRequests = new AtomicInteger();
    private final AtomicBoolean limited = new AtomicBoolean();

    public CourseraFixture() {
        String prefix = "/ent/api/businesses.v1/" + ORG;
        server = FixtureServer.start()
                .route("/oauth2/client_credentials/token", exchange -> {
                    String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
                    String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization")) || !form.contains("grant_type=client_credentials")) {
                        return FixtureServer.Response.text(401, "application/json", "{\"errorCode\":\"invalid_client\"}");
                    }
                    uses.set(0);
                    return FixtureServer.Response.json("{\"access_token\":\"c-" + tokens.incrementAndGet() + "\",\"token_type\":\"Bearer\",\"expires_in\":1800}");
                })
                .route(prefix + "/programs", exchange -> authorized(exchange) ? FixtureServer.Response.json(
                        "{\"elements\":[{\"id\":\"prog-ai\",\"name\":\"AI for everyone at Acme\",\"slug\":\"ai-acme\"},"
                                + "{\"id\":\"prog-data\",\"name\":\"Data track\",\"slug\":\"data\"}],\"paging\":{\"total\":2},\"linked\":{}}")
                        : FixtureServer.Response.status(401, Map.of()))
                .route(prefix + "/contents", exchange -> {
                    if (!authorized(exchange)) {
                        return FixtureServer.Response.status(401, Map.of());
                    }
                    Map<String, String> q = FixtureServer.query(exchange);
                    boolean ai = "prog-ai".equals(q.get("programIds"));
                    int total = ai ? 6 : 4;
                    return page(q, total, ai, (i, out) -> {
                        if (ai) {
                            out.append("{\"id\":\"course-").append(i).append("\",\"contentType\":\"Course\",\"name\":\"AI course ").append(i)
                                    .append("\",\"slug\":\"ai-course-").append(i).append("\",\"description\":\"About AI, part ").append(i)
                                    .append("\",\"duration\":").append(3600 * (i + 1)).append(",\"difficultyLevel\":\"BEGINNER\"}");
                        } else {
                            int id = i == 0 ? 0 : 10 + i;
                            out.append("{\"contentId\":\"course-").append(id).append("\",\"contentType\":\"Specialization\",\"title\":\"Data ")
                                    .append(id).append("\",\"url\":\"https://www.coursera.org/specializations/data-").append(id).append("\"}");
                        }
                    });
                })
                .route(prefix + "/enrollmentReports", exchange -> {
                    if (!authorized(exchange)) {
                        return FixtureServer.Response.status(401, Map.of("WWW-Authenticate", "Bearer"));
                    }
                    int request = reportRequests.incrementAndGet();
                    if (limited.compareAndSet(false, true)) {
                        return FixtureServer.Response.status(429, Map.of("Retry-After", "1"));
                    }
                    if (request % 5 == 0) {
                        return FixtureServer.Response.status(502, Map.of());
                    }
                    Map<String, String> q = FixtureServer.query(exchange);
                    boolean ai = "prog-ai".equals(q.get("programId"));
                    int total = ai ? 230 : 120;
                    return page(q, total, ai, (i, out) -> report(out, ai, i));
                });
    }

    private interface Element {
        void write(int index, StringBuilder out);
    }

    private static FixtureServer.Response page(Map<String, String> q, int total, boolean withTotal, Element element) {
        int start = Integer.parseInt(q.getOrDefault("start", "0"));
        int limit = Integer.parseInt(q.getOrDefault("limit", "100"));
        int end = Math.min(total, start + limit);
        StringBuilder out = new StringBuilder("{\"elements\":[");
        for (int i = start; i < end; i++) {
            if (i > start) {
                out.append(',');
            }
            element.write(i, out);
        }
        out.append("],\"paging\":{");
        if (end < total) {
            out.append("\"next\":").append(end);
        }
        if (withTotal) {
            out.append(end < total ? "," : "").append("\"total\":").append(total);
        }
        return FixtureServer.Response.json(out.append("},\"linked\":{}}").toString());
    }

    private static void report(StringBuilder out, boolean ai, int i) {
        int learner = (ai ? i : 230 + i) % 40;
        String content = ai ? "course-" + (i % 6) : "course-" + (i % 4 == 0 ? 0 : 10 + i % 4);
        boolean completed = i % 3 == 0;
        long enrolled = BASE + i * 60_000L;
        out.append("{\"id\":\"").append(ai ? "ai" : "data").append("~").append(i).append("\",\"programId\":\"")
                .append(ai ? "prog-ai" : "prog-data").append("\",\"externalId\":\"")
                .append(learner % 2 == 0 ? "learner" + learner + "@example.com" : "E" + learner)
                .append("\",\"email\":\"learner").append(learner).append("@example.com\",\"fullName\":\"Learner ").append(learner)
                .append("\",\"contentId\":\"").append(content).append("\",\"contentType\":\"Course\",\"contentName\":\"Course ")
                .append(content).append("\",\"contentSlug\":\"").append(content).append("\",\"isCompleted\":").append(completed)
                .append(",\"enrolledAt\":").append(enrolled)
                .append(",\"completedAt\":").append(completed ? String.valueOf(enrolled + 86_400_000L) : "null")
                .append(",\"lastActivityAt\":").append(enrolled + 3_600_000L)
                .append(",\"overallProgress\":").append(completed ? 100 : (i * 7) % 100)
                .append(",\"membershipState\":\"MEMBER\",\"updatedAt\":").append(enrolled + 7_200_000L)
                .append(",\"programName\":\"x\",\"programSlug\":\"x\"}");
    }

    private boolean authorized(com.sun.net.httpserver.HttpExchange exchange) {
        if (!("Bearer c-" + tokens.get()).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return false;
        }
        return uses.incrementAndGet() <= 4;
    }

    public Map<String, String> settings() {
        return Map.of("organizationId", ORG, "clientId", CLIENT_ID, "clientSecret", CLIENT_SECRET,
                "baseUrl", server.baseUri() + "/ent/api/businesses.v1",
                "tokenUrl", server.baseUri() + "/oauth2/client_credentials/token", "pageSize", "50");
    }

    public int tokensIssued() {
        return tokens.get();
    }

    @Override
    public void close() {
        server.close();
    }
}
