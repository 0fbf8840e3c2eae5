package dev.praxis.plugins.toolkit;

import dev.praxis.spi.PluginContext;
import dev.praxis.spi.PluginException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Calls a vendor the way a careful client does: on 401 it asks for a fresh token once; on 429 it
 * waits as long as Retry-After says; on 5xx and network errors it backs off exponentially; after
 * {@code maxAttempts} it gives up with a {@link PluginException} that names the host and status only.
 */
public final class VendorHttp {

    /** Gives the Authorization header value; {@code refresh} asks for a new token after a 401. Null: no header. */
    @FunctionalInterface
    public interface Authorization {
        String header(boolean refresh);

        Authorization NONE = refresh -> null;
    }

    private static final Duration MAX_WAIT = Duration.ofMinutes(2);

    private final HttpClient client;
    private final PluginContext context;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Duration requestTimeout;

    public VendorHttp(PluginContext context, int maxAttempts, Duration firstBackoff, Duration requestTimeout) {
        this.context = requireNonNull(context, "context is null");
        this.maxAttempts = maxAttempts;
        this.firstBackoff = requireNonNull(firstBackoff, "firstBackoff is null");
        this.requestTimeout = requireNonNull(requestTimeout, "requestTimeout is null");
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public static VendorHttp defaults(PluginContext context) {
        return new VendorHttp(context, 6, Duration.ofMillis(500), Duration.ofSeconds(60));
    }

    /** GETs {@code uri}; the body as a stream the caller must close. */
    public InputStream get(URI uri, Map<String, String> headers, Authorization authorization) {
        return send(() -> HttpRequest.newBuilder(uri).GET(), uri, headers, authorization);
    }

    /** POSTs a form (e.g. an OAuth token request); answers the body. */
    public InputStream postForm(URI uri, Map<String, String> headers, String form) {
        return send(() -> HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded"), uri, headers, Authorization.NONE);
    }

    private InputStream send(java.util.function.Supplier<HttpRequest.Builder> builder, URI uri, Map<String, String> headers,
                             Authorization authorization) {
        boolean refreshed = false;
        Duration backoff = firstBackoff;
        String lastProblem = "no answer";
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            HttpRequest.Builder request = builder.get().timeout(requestTimeout);
            headers.forEach(request::header);
            String auth = authorization.header(refreshed);
            if (auth != null) {
                request.header("Authorization", auth);
            }
            HttpResponse<InputStream> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                lastProblem = "network error (" + e.getClass().getSimpleName() + ")";
                wait(backoff, uri, lastProblem);
                backoff = backoff.multipliedBy(2);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw PluginException.unavailable("interrupted while calling " + uri.getHost(), e);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return response.body();
            }
            discard(response.body());
            if (status == 401 && !refreshed && authorization != Authorization.NONE) {
                refreshed = true;
                context.log("401 from " + uri.getHost() + ": getting a fresh token");
                attempt--;
                continue;
            }
            if (status == 401 || status == 403) {
                throw PluginException.authentication(uri.getHost() + " refused the credentials (HTTP " + status + ")");
            }
            if (status == 429) {
                lastProblem = "HTTP 429 (rate limited)";
                wait(retryAfter(response).orElse(backoff), uri, lastProblem);
                backoff = backoff.multipliedBy(2);
                continue;
            }
            if (status >= 500) {
                lastProblem = "HTTP " + status;
                wait(backoff, uri, lastProblem);
                backoff = backoff.multipliedBy(2);
                continue;
            }
            throw PluginException.configuration(uri.getHost() + " answered HTTP " + status + " for " + uri.getPath());
        }
        throw PluginException.unavailable(uri.getHost() + " did not answer after " + maxAttempts + " attempts: " + lastProblem, null);
    }

    private void wait(Duration duration, URI uri, String problem) {
        Duration capped = duration.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : duration;
        context.log(problem + " from " + uri.getHost() + ": retrying in " + capped.toMillis() + " ms");
        try {
            context.sleep(capped);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PluginException.unavailable("interrupted while waiting to retry " + uri.getHost(), e);
        }
    }

    /** Retry-After as seconds or an HTTP date. */
    static java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::strip).flatMap(value -> {
            try {
                return java.util.Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                    Duration until = Duration.between(java.time.Instant.now(), at.toInstant());
                    return java.util.Optional.of(until.isNegative() ? Duration.ZERO : until);
                } catch (RuntimeException e) {
                    return java.util.Optional.empty();
                }
            }
        });
    }

    private static void discard(InputStream body) {
        try (body) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // nothing to do with a body we are not reading
        }
    }
}
