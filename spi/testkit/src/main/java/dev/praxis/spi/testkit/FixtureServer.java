package dev.praxis.spi.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A vendor stand-in on a free loopback port (the JDK's HTTP server), for a plugin's tests. Handlers
 * are registered per path; failures to inject (401, 429, 5xx) are the handlers' business.
 */
public final class FixtureServer implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        Response handle(HttpExchange exchange) throws IOException;
    }

    public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
        public static Response json(String body) {
            return new Response(200, "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        public static Response text(int status, String contentType, String body) {
            return new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        public static Response status(int status, Map<String, String> headers) {
            return new Response(status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8), headers);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final AtomicInteger requests = new AtomicInteger();

    private FixtureServer(HttpServer server) {
        this.server = server;
    }

    public static FixtureServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FixtureServer fixture = new FixtureServer(server);
            server.setExecutor(fixture.executor);
            server.start();
            return fixture;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FixtureServer route(String pathPrefix, Handler handler) {
        server.createContext(pathPrefix, exchange -> {
            requests.incrementAndGet();
            try (exchange) {
                Response response;
                try {
                    response = handler.handle(exchange);
                } catch (RuntimeException e) {
                    response = Response.text(500, "text/plain", "fixture failed: " + e);
                }
                response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                exchange.getResponseHeaders().add("Content-Type", response.contentType());
                exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
                if (response.body().length > 0) {
                    exchange.getResponseBody().write(response.body());
                }
            }
        });
        return this;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public int requestCount() {
        return requests.get();
    }

    /** Query parameters of a request, decoded (last value wins). */
    public static Map<String, String> query(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawQuery();
        Map<String, String> values = new java.util.HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.put(name, value);
            }
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
