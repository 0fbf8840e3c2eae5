package dev.praxis.plugins.customlms;

import dev.praxis.spi.testkit.FixtureServer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A learning record store serving generated statements shaped as xAPI 1.0.3 specifies
 * (xAPI-Communication 2.1.3: GET /statements with since/limit/ascending, answer
 * {"statements": [...], "more": "<relative IRL>"}). Statement i is stored at {@link #BASE} + i seconds;
 * its learner is learner(i % people)@example.com (every tenth person by xAPI account instead), its
 * activity course(i % items), and its verb cycles progressed, completed, passed, failed.
 *
 * <p>Behaves like a real LRS under load: it demands an OAuth2 bearer token (from /oauth/token) and
 * answers 401 once when a token has served {@code tokenLifetime} requests, answers the first
 * statements request with 429 Retry-After: 1 and every {@code failEvery}-th with 503.
 */
public final class XapiFixture implements AutoCloseable {
    public static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    public static final String CLIENT_ID = "praxis-client";
    public static final String CLIENT_SECRET = "s3cret-lrs-client";
    private static final String[] VERBS = {"progressed", "completed", "passed", "failed"};

    private final FixtureServer server;
    private volatile int statements;
    private final int people;
    private final int items;
    private volatile long delayMillis;
    private final int failEvery;
    private final int tokenLifetime;
    private final AtomicInteger tokens = new AtomicInteger();
    private final AtomicInteger tokenUses = new AtomicInteger();
    private final AtomicInteger statementRequests = new AtomicInteger();
    private final AtomicBoolean rateLimitedOnce = new AtomicBoolean();

    public XapiFixture(int statements, int people, int items, int failEvery, int tokenLifetime) {
        this.statements = statements;
        this.people = people;
        this.items = items;
        this.failEvery = failEvery;
        this.tokenLifetime = tokenLifetime;
        this.server = FixtureServer.start()
                .route("/oauth/token", exchange -> {
                    String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
                    if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                        return FixtureServer.Response.text(401, "application/json", "{\"error\":\"invalid_client\"}");
                    }
                    tokenUses.set(0);
                    return FixtureServer.Response.json("{\"access_token\":\"token-" + tokens.incrementAndGet()
                            + "\",\"token_type\":\"bearer\",\"expires_in\":1800}");
                })
                .route("/xapi/statements", this::statements);
    }

    /** A small store for the contract tests: 2,500 statements, pages of 1000 (3 pages), a 401, a 429 and 503s. */
    public static XapiFixture small() {
        return new XapiFixture(2_500, 40, 6, 4, 3);
    }

    private FixtureServer.Response statements(com.sun.net.httpserver.HttpExchange exchange) {
        if (!"1.0.3".equals(exchange.getRequestHeaders().getFirst("X-Experience-API-Version"))
                && !"2.0.0".equals(exchange.getRequestHeaders().getFirst("X-Experience-API-Version"))) {
            return FixtureServer.Response.text(400, "text/plain", "X-Experience-API-Version header required");
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String current = "Bearer token-" + tokens.get();
        if (auth == null || !auth.equals(current)) {
            return FixtureServer.Response.status(401, Map.of());
        }
        if (tokenLifetime > 0 && tokenUses.incrementAndGet() > tokenLifetime) {
            return FixtureServer.Response.status(401, Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        }
        int request = statementRequests.incrementAndGet();
        if (rateLimitedOnce.compareAndSet(false, true)) {
            return FixtureServer.Response.status(429, Map.of("Retry-After", "1"));
        }
        if (failEvery > 0 && request % failEvery == 0) {
            return FixtureServer.Response.status(503, Map.of());
        }
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Map<String, String> query = FixtureServer.query(exchange);
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        int from;
        if (query.containsKey("more")) {
            from = Integer.parseInt(query.get("more"));
        } else if (query.containsKey("since")) {
            long since = Instant.parse(query.get("since")).getEpochSecond() - BASE.getEpochSecond();
            from = (int) Math.max(0, since + 1);
        } else {
            from = 0;
        }
        int total = statements;
        int to = Math.min(total, from + limit);
        StringBuilder body = new StringBuilder(Math.max(16, (to - from) * 520));
        body.append("{\"statements\":[");
        for (int i = from; i < to; i++) {
            if (i > from) {
                body.append(',');
            }
            statement(body, i);
        }
        body.append("],\"more\":\"").append(to < total ? "/xapi/statements?more=" + to + "&limit=" + limit : "").append("\"}");
        return new FixtureServer.Response(200, "application/json", body.toString().getBytes(StandardCharsets.UTF_8),
                Map.of("X-Experience-API-Consistent-Through", BASE.plusSeconds(total).toString()));
    }

    private void statement(StringBuilder out, int i) {
        int person = i % people;
        int item = i % items;
        String verb = VERBS[(i / people) % VERBS.length];
        Instant stored = BASE.plusSeconds(i);
        out.append("{\"id\":\"").append(statementId(i)).append("\",\"actor\":{\"objectType\":\"Agent\",");
        if (person % 10 == 9) {
            out.append("\"account\":{\"homePage\":\"https://lms.example.com\",\"name\":\"emp-").append(person).append("\"}}");
        } else {
            out.append("\"mbox\":\"mailto:learner").append(person).append("@example.com\"}");
        }
        out.append(",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/").append(verb)
                .append("\",\"display\":{\"en-US\":\"").append(verb).append("\"}}")
                .append(",\"object\":{\"objectType\":\"Activity\",\"id\":\"https://lms.example.com/courses/").append(item)
                .append("\",\"definition\":{\"name\":{\"en-US\":\"Course ").append(item).append("\"}}}")
                .append(",\"result\":{\"completion\":").append(!verb.equals("progressed"))
                .append(",\"success\":").append(!verb.equals("failed"))
                .append(",\"score\":{\"scaled\":0.").append(50 + i % 50).append("},\"duration\":\"PT").append(10 + i % 50).append("M\"");
        if (verb.equals("progressed")) {
            out.append(",\"extensions\":{\"https://w3id.org/xapi/cmi5/result/extensions/progress\":").append(i % 100).append('}');
        }
        out.append("},\"timestamp\":\"").append(stored.minusSeconds(30)).append("\",\"stored\":\"").append(stored).append("\"}");
    }

    public static String statementId(int i) {
        return UUID.nameUUIDFromBytes(("statement-" + i).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public String endpoint() {
        return server.baseUri() + "/xapi";
    }

    public String tokenUrl() {
        return server.baseUri() + "/oauth/token";
    }

    public Map<String, String> settings() {
        return Map.of("lrsEndpoint", endpoint(), "tokenUrl", tokenUrl(), "clientId", CLIENT_ID, "clientSecret", CLIENT_SECRET);
    }

    /** Adds statements after the ones already served (new activity since the last sync). */
    public void grow(int newTotal) {
        statements = newTotal;
    }

    /** Slows every statements page down, e.g. to kill a run while it is running. */
    public void delayPages(long millis) {
        delayMillis = millis;
    }

    public int tokensIssued() {
        return tokens.get();
    }

    public int statementRequests() {
        return statementRequests.get();
    }

    @Override
    public void close() {
        server.close();
    }
}
