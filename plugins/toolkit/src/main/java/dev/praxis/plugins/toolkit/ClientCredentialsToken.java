package dev.praxis.plugins.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.praxis.spi.PluginException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * An OAuth2 client-credentials bearer token: fetched on first use (HTTP Basic client id and secret,
 * form {@code grant_type=client_credentials}), reused until a minute before {@code expires_in}, and
 * fetched again when the vendor answers 401.
 */
public final class ClientCredentialsToken implements VendorHttp.Authorization {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VendorHttp http;
    private final URI tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private String token;
    private Instant expiresAt = Instant.MIN;

    public ClientCredentialsToken(VendorHttp http, URI tokenUrl, String clientId, String clientSecret, Clock clock) {
        this.http = requireNonNull(http, "http is null");
        this.tokenUrl = requireNonNull(tokenUrl, "tokenUrl is null");
        this.clientId = requireNonNull(clientId, "clientId is null");
        this.clientSecret = requireNonNull(clientSecret, "clientSecret is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public synchronized String header(boolean refresh) {
        if (refresh || token == null || !clock.instant().isBefore(expiresAt)) {
            fetch();
        }
        return "Bearer " + token;
    }

    private void fetch() {
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        try (InputStream body = http.postForm(tokenUrl, Map.of("Authorization", "Basic " + basic, "Accept", "application/json"),
                "grant_type=client_credentials")) {
            JsonNode answer = JSON.readTree(body);
            String accessToken = answer.path("access_token").asText(null);
            if (accessToken == null || accessToken.isBlank()) {
                throw PluginException.malformed("the token answer of " + tokenUrl.getHost() + " has no access_token", null);
            }
            token = accessToken;
            long seconds = answer.path("expires_in").asLong(1800);
            expiresAt = clock.instant().plusSeconds(Math.max(0, seconds - 60));
        } catch (IOException e) {
            throw PluginException.malformed("cannot read the token answer of " + tokenUrl.getHost(), e);
        }
    }
}
