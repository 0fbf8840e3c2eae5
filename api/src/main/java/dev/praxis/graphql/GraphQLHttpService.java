package dev.praxis.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.praxis.auth.ApiKeys;
import dev.praxis.auth.Viewer;
import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * GraphQL over HTTP at {@code /graphql}, per the GraphQL-over-HTTP specification: POST with a
 * JSON body, GET with URL parameters (queries only), answers in
 * {@code application/graphql-response+json} or {@code application/json} as the client accepts.
 */
public final class GraphQLHttpService implements HttpService {
    private static final System.Logger LOG = System.getLogger("dev.praxis.request");
    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    static final String JSON = "application/json";
    private static final io.helidon.http.HeaderName TRACE_HEADER = HeaderNames.create("X-Praxis-Trace");

    private final GraphQLExecutor executor;
    private final RequestLimits limits;
    private final ApiKeys apiKeys;
    private final long maxBodyBytes;
    private final ObjectMapper json;

    public GraphQLHttpService(GraphQLExecutor executor, ApiKeys apiKeys, long maxBodyBytes, ObjectMapper json) {
        this.executor = requireNonNull(executor, "executor is null");
        this.limits = executor.limits();
        this.apiKeys = requireNonNull(apiKeys, "apiKeys is null");
        this.maxBodyBytes = maxBodyBytes;
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::post)
                .get("/", this::get)
                .any("/", (req, res) -> {
                    res.header(HeaderNames.ALLOW, "GET, POST");
                    sendError(res, Status.METHOD_NOT_ALLOWED_405, JSON, ErrorCode.BAD_REQUEST,
                            "Use POST, or GET for queries");
                });
    }

    private void post(ServerRequest req, ServerResponse res) {
        String responseType = negotiate(req);
        if (responseType == null) {
            sendError(res, Status.NOT_ACCEPTABLE_406, JSON, ErrorCode.BAD_REQUEST,
                    "Accept must allow application/graphql-response+json or application/json");
            return;
        }
        Optional<HttpMediaType> contentType = req.headers().contentType();
        if (contentType.isEmpty() || !contentType.get().mediaType().text().equalsIgnoreCase(JSON)) {
            sendError(res, Status.UNSUPPORTED_MEDIA_TYPE_415, responseType, ErrorCode.BAD_REQUEST,
                    "POST bodies must be application/json");
            return;
        }
        if (req.headers().contentLength().orElse(0) > maxBodyBytes) {
            sendError(res, Status.REQUEST_ENTITY_TOO_LARGE_413, responseType, ErrorCode.LIMIT_EXCEEDED,
                    "The request body is larger than " + maxBodyBytes + " bytes");
            return;
        }
        Optional<Viewer> viewer = authenticate(req, res, responseType);
        if (viewer.isEmpty()) {
            return;
        }
        JsonNode body;
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (bytes.length > maxBodyBytes) {
                sendError(res, Status.REQUEST_ENTITY_TOO_LARGE_413, responseType, ErrorCode.LIMIT_EXCEEDED,
                        "The request body is larger than " + maxBodyBytes + " bytes");
                return;
            }
            body = json.readTree(bytes);
        } catch (JsonProcessingException e) {
            sendError(res, Status.BAD_REQUEST_400, responseType, ErrorCode.BAD_REQUEST,
                    "The body is not valid JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
            return;
        } catch (IOException e) {
            sendError(res, Status.BAD_REQUEST_400, responseType, ErrorCode.BAD_REQUEST, "The body could not be read");
            return;
        }
        GraphQLRequest request;
        try {
            request = GraphQLRequest.fromJson(body);
        } catch (ApiException e) {
            sendError(res, Status.BAD_REQUEST_400, responseType, e.code(), e.getMessage());
            return;
        }
        execute(request, viewer.get(), responseType, wantsTrace(req), res);
    }

    private void get(ServerRequest req, ServerResponse res) {
        String responseType = negotiate(req);
        if (responseType == null) {
            sendError(res, Status.NOT_ACCEPTABLE_406, JSON, ErrorCode.BAD_REQUEST,
                    "Accept must allow application/graphql-response+json or application/json");
            return;
        }
        Optional<Viewer> viewer = authenticate(req, res, responseType);
        if (viewer.isEmpty()) {
            return;
        }
        GraphQLRequest request;
        try {
            request = GraphQLRequest.fromQueryParameters(
                    parameter(req, "query"), parameter(req, "operationName"),
                    parameter(req, "variables"), parameter(req, "extensions"), json);
        } catch (ApiException e) {
            sendError(res, Status.BAD_REQUEST_400, responseType, e.code(), e.getMessage());
            return;
        }
        if (isNotAQuery(request)) {
            res.header(HeaderNames.ALLOW, "POST");
            sendError(res, Status.METHOD_NOT_ALLOWED_405, responseType, ErrorCode.BAD_REQUEST,
                    "GET runs queries only: send mutations with POST, subscriptions over the WebSocket endpoint");
            return;
        }
        execute(request, viewer.get(), responseType, wantsTrace(req), res);
    }

    /** {@code X-Praxis-Trace: 1} adds the request's SQL statement count and duration to {@code extensions.trace}. */
    private static boolean wantsTrace(ServerRequest req) {
        return req.headers().first(TRACE_HEADER).map("1"::equals).orElse(false);
    }

    private void execute(GraphQLRequest request, Viewer viewer, String responseType, boolean trace, ServerResponse res) {
        GraphQLExecutor.Execution execution = executor.execute(request, viewer, Map.of());
        ExecutionResult result = execution.result();
        Map<String, Object> body = new LinkedHashMap<>();
        if (!result.getErrors().isEmpty()) {
            body.put("errors", ErrorMapping.toSpecification(result.getErrors(), execution.cancelled()));
        }
        if (result.isDataPresent()) {
            body.put("data", result.getData());
        }
        long elapsedMillis = execution.elapsedMillis();
        int statements = execution.statements().count();
        if (trace) {
            body.put("extensions", Map.of("trace", Map.of("sqlStatements", statements, "durationMs", elapsedMillis)));
        }
        Status status = Status.OK_200;
        if (!result.isDataPresent() && GRAPHQL_RESPONSE_JSON.equals(responseType)) {
            ErrorCode code = result.getErrors().isEmpty() ? ErrorCode.BAD_REQUEST
                    : ErrorMapping.codeOf(result.getErrors().getFirst(), execution.cancelled());
            status = Status.create(code.httpStatus());
        }
        send(res, status, responseType, body);
        LOG.log(System.Logger.Level.INFO, "graphql op={0} org={1} status={2} ms={3} sql={4} errors={5}",
                request.operationName() == null ? "-" : request.operationName(), viewer.organizationId(),
                status.code(), elapsedMillis, statements, result.getErrors().size());
    }

    private Optional<Viewer> authenticate(ServerRequest req, ServerResponse res, String responseType) {
        Optional<String> header = req.headers().first(HeaderNames.AUTHORIZATION);
        Optional<Viewer> viewer = header
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).strip())
                .flatMap(apiKeys::authenticate);
        if (viewer.isEmpty()) {
            res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"praxis\"");
            sendError(res, Status.UNAUTHORIZED_401, responseType, ErrorCode.UNAUTHENTICATED, header.isEmpty()
                    ? "Send an API key as 'Authorization: Bearer <key>'"
                    : "The API key is not valid");
        }
        return viewer;
    }

    /** The response media type the client accepts, preferring the GraphQL one; null if neither. */
    static String negotiate(ServerRequest req) {
        List<HttpMediaType> accepted = req.headers().acceptedTypes();
        if (accepted.isEmpty()) {
            return JSON;
        }
        for (HttpMediaType type : accepted) {
            String text = type.mediaType().text().toLowerCase(Locale.ROOT);
            if (type.qualityFactor() <= 0) {
                continue;
            }
            if (text.equals(GRAPHQL_RESPONSE_JSON)) {
                return GRAPHQL_RESPONSE_JSON;
            }
            if (text.equals(JSON) || text.equals("*/*") || text.equals("application/*")) {
                return JSON;
            }
        }
        return null;
    }

    private boolean isNotAQuery(GraphQLRequest request) {
        try {
            Document document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
                    .document(request.query()).parserOptions(limits.parserOptions()).build());
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
            return operations.stream()
                    .filter(op -> request.operationName() == null || request.operationName().equals(op.getName()))
                    .anyMatch(op -> op.getOperation() != OperationDefinition.Operation.QUERY);
        } catch (RuntimeException e) {
            return false; // execution reports the parse error
        }
    }

    private static String parameter(ServerRequest req, String name) {
        return req.query().contains(name) ? req.query().get(name) : null;
    }

    private void sendError(ServerResponse res, Status status, String responseType, ErrorCode code, String message) {
        send(res, status, responseType, Map.of("errors", List.of(Map.of(
                "message", message,
                "extensions", Map.of("code", code.name())))));
    }

    private void send(ServerResponse res, Status status, String responseType, Map<String, Object> body) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a GraphQL response", e);
        }
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, responseType + "; charset=utf-8");
        res.send(bytes);
    }
}
