package dev.praxis.plugins.customlms;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.praxis.plugins.toolkit.VendorHttp;
import dev.praxis.spi.CatalogPage;
import dev.praxis.spi.CompletionPage;
import dev.praxis.spi.CompletionRecord;
import dev.praxis.spi.PluginContext;
import dev.praxis.spi.PluginException;
import dev.praxis.spi.PluginSession;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an LRS's statements in stored order: {@code GET statements?since=<watermark>&ascending=true},
 * then the {@code more} links until one is empty. The watermark is the {@code stored} time of the last
 * statement of a page ({@code since} is exclusive). The LRS lists no catalog: items come with their
 * statements (the activity's name), so {@link #catalogPage} is always empty.
 */
final class XapiSession implements PluginSession {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VendorHttp http;
    private final VendorHttp.Authorization auth;
    private final URI endpoint;
    private final String version;
    private final int pageSize;
    private final PluginContext context;

    XapiSession(VendorHttp http, VendorHttp.Authorization auth, URI endpoint, String version, int pageSize, PluginContext context) {
        this.http = http;
        this.auth = auth;
        this.endpoint = endpoint;
        this.version = version;
        this.pageSize = pageSize;
        this.context = context;
    }

    @Override
    public CatalogPage catalogPage(String cursor) {
        return new CatalogPage(List.of(), null);
    }

    @Override
    public CompletionPage completionPage(String watermark, String cursor) {
        URI uri;
        if (cursor != null) {
            uri = endpoint.resolve(cursor);
        } else {
            String query = "limit=" + pageSize + "&ascending=true"
                    + (watermark == null ? "" : "&since=" + URLEncoder.encode(watermark, StandardCharsets.UTF_8));
            uri = URI.create(endpoint + "/statements?" + query);
        }
        List<CompletionRecord> records = new ArrayList<>();
        String lastStored = watermark;
        String more = null;
        try (InputStream body = http.get(uri, Map.of("X-Experience-API-Version", version, "Accept", "application/json"), auth);
             JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw PluginException.malformed("the LRS answer is not a JSON object", null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("statements")) {
                    if (parser.currentToken() != JsonToken.START_ARRAY) {
                        throw PluginException.malformed("statements is not an array", null);
                    }
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode statement = JSON.readTree(parser);
                        String stored = statement.path("stored").asText(null);
                        if (stored != null) {
                            lastStored = stored;
                        }
                        CompletionRecord record = XapiStatements.toRecord(statement, context);
                        if (record != null) {
                            records.add(record);
                        }
                    }
                } else if (field.equals("more")) {
                    more = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw PluginException.malformed("cannot read the LRS answer: " + e.getMessage(), e);
        }
        return new CompletionPage(records, more == null || more.isBlank() ? null : more, lastStored, null);
    }
}
