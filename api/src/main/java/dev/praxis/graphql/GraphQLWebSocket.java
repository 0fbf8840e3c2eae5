package dev.praxis.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.praxis.auth.ApiKeys;
import dev.praxis.auth.Viewer;
import dev.praxis.events.DomainEvents;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.parser.ParserOptions;
import graphql.validation.QueryComplexityLimits;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.http.WritableHeaders;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import io.helidon.websocket.WsUpgradeException;
import org.dataloader.DataLoaderRegistry;
import org.jooq.DSLContext;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * GraphQL over WebSocket at {@code /graphql}, speaking {@code graphql-transport-ws} (the protocol of
 * the graphql-ws library): {@code connection_init} with the API key as
 * {@code {"Authorization": "Bearer <key>"}} in its payload (or the upgrade request's Authorization
 * header) is answered by {@code connection_ack}; then {@code subscribe} starts an operation that
 * answers with {@code next} messages and ends with {@code complete} (or {@code error} when it cannot
 * start); the client's {@code complete} stops it; {@code ping} is answered by {@code pong}.
 *
 * <p>Queries and mutations may be sent over the socket too (one {@code next}, then {@code complete}),
 * as graphql-ws allows; they run exactly as over HTTP. Subscriptions run through the same schema,
 * limits and error codes as HTTP; every event is resolved with fresh DataLoaders of the caller's
 * organization. Close codes: 4400 malformed message, 4401 no or bad API key (or subscribe before
 * the ack), 4408 no connection_init in time, 4409 an id already in use, 4429 a second
 * connection_init. At most {@code maxPerConnection} operations per connection and
 * {@code maxPerServer} on the server run at once; more are refused with an {@code error} whose code
 * is LIMIT_EXCEEDED.
 */
public final class GraphQLWebSocket {
    public static final String PROTOCOL = "graphql-transport-ws";
    private static final System.Logger LOG = System.getLogger("dev.praxis.request");
    private static final HeaderName SUB_PROTOCOL = HeaderNames.create("Sec-WebSocket-Protocol");
    private static final int MAX_ID_LENGTH = 128;

    /**
     * Bounds of the WebSocket transport: the time a client has to send connection_init (system
     * property {@code praxis.ws.initTimeoutMillis}, default 10 s), and how many operations may run at
     * once on one connection (20) and on the server (2,000).
     */
    public record Settings(Duration initTimeout, int maxPerConnection, int maxPerServer) {
        public Settings {
            requireNonNull(initTimeout, "initTimeout is null");
        }

        public static Settings defaults() {
            return new Settings(Duration.ofMillis(Long.getLong("praxis.ws.initTimeoutMillis", 10_000)), 20, 2_000);
        }
    }

    private final GraphQLExecutor executor;
    private final RequestLimits limits;
    private final ApiKeys apiKeys;
    private final DomainEvents bus;
    private final ObjectMapper json;
    private final Settings settings;
    private final AtomicInteger running = new AtomicInteger();
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("graphql-ws-", 0).factory());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("graphql-ws-timer").factory());
    private final Subscriptions subscriptions;

    public GraphQLWebSocket(GraphQLExecutor executor, ApiKeys apiKeys, DomainEvents bus, ObjectMapper json, Settings settings) {
        this.executor = requireNonNull(executor, "executor is null");
        this.limits = executor.limits();
        this.apiKeys = requireNonNull(apiKeys, "apiKeys is null");
        this.bus = requireNonNull(bus, "bus is null");
        this.json = requireNonNull(json, "json is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.subscriptions = new Subscriptions(bus, executor.factory(), workers);
    }

    /** A listener for each new connection. */
    public Supplier<WsListener> listeners() {
        return Connection::new;
    }

    /** Operations running now, across connections. */
    public int runningOperations() {
        return running.get();
    }

    public void close() {
        workers.shutdownNow();
        timer.shutdownNow();
    }

    /** One client connection and the operations it runs. */
    private final class Connection implements WsListener {
        private final Map<String, Operation> operations = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();
        private final Object sendLock = new Object();
        private volatile WsSession session;
        private volatile String upgradeAuthorization;
        private volatile ScheduledFuture<?> initTimeout;
        private volatile boolean initReceived;
        private volatile Viewer viewer;
        private volatile boolean closed;

        @Override
        public Optional<Headers> onHttpUpgrade(HttpPrologue prologue, Headers headers) throws WsUpgradeException {
            boolean offered = headers.contains(SUB_PROTOCOL) && headers.values(SUB_PROTOCOL).stream()
                    .flatMap(value -> Arrays.stream(value.split(",")))
                    .anyMatch(value -> value.strip().equals(PROTOCOL));
            if (!offered) {
                throw new WsUpgradeException("the WebSocket endpoint speaks only the " + PROTOCOL + " subprotocol");
            }
            upgradeAuthorization = headers.first(HeaderNames.AUTHORIZATION).orElse(null);
            WritableHeaders<?> response = WritableHeaders.create();
            response.set(SUB_PROTOCOL, PROTOCOL);
            return Optional.of(response);
        }

        @Override
        public void onOpen(WsSession session) {
            this.session = session;
            initTimeout = timer.schedule(() -> {
                if (!initReceived) {
                    close(4408, "Connection initialisation timeout");
                }
            }, settings.initTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void onMessage(WsSession session, String text, boolean last) {
            partial.append(text);
            if (partial.length() > limits.maxCharacters() + 10_000) {
                close(4400, "Message too large");
                return;
            }
            if (!last) {
                return;
            }
            String message = partial.toString();
            partial.setLength(0);
            handle(message);
        }

        @Override
        public void onMessage(WsSession session, io.helidon.common.buffers.BufferData buffer, boolean last) {
            close(4400, "Binary messages are not supported");
        }

        @Override
        public void onClose(WsSession session, int status, String reason) {
            shutdown();
        }

        @Override
        public void onError(WsSession session, Throwable t) {
            shutdown();
        }

        private void handle(String text) {
            JsonNode message;
            try {
                message = json.readTree(text);
            } catch (JsonProcessingException e) {
                close(4400, "Invalid message received: not JSON");
                return;
            }
            if (message == null || !message.isObject() || !message.path("type").isTextual()) {
                close(4400, "Invalid message received: no type");
                return;
            }
            switch (message.path("type").asText()) {
                case "connection_init" -> init(message.get("payload"));
                case "ping" -> send(Map.of("type", "pong"));
                case "pong" -> {
                }
                case "subscribe" -> subscribe(message);
                case "complete" -> complete(message);
                default -> close(4400, "Invalid message received: unexpected type " + abbreviate(message.path("type").asText()));
            }
        }

        private void init(JsonNode payload) {
            if (initReceived) {
                close(4429, "Too many initialisation requests");
                return;
            }
            initReceived = true;
            ScheduledFuture<?> timeout = initTimeout;
            if (timeout != null) {
                timeout.cancel(false);
            }
            if (payload != null && !payload.isNull() && !payload.isObject()) {
                close(4400, "Invalid message received: the connection_init payload must be an object");
                return;
            }
            String authorization = upgradeAuthorization;
            if (payload != null) {
                JsonNode given = payload.has("Authorization") ? payload.get("Authorization") : payload.get("authorization");
                if (given != null && given.isTextual()) {
                    authorization = given.asText();
                }
            }
            Optional<Viewer> authenticated = Optional.ofNullable(authorization)
                    .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                    .map(value -> value.substring(7).strip())
                    .flatMap(apiKeys::authenticate);
            if (authenticated.isEmpty()) {
                close(4401, "Unauthorized: send 'Authorization: Bearer <key>' in the connection_init payload");
                return;
            }
            viewer = authenticated.get();
            send(Map.of("type", "connection_ack"));
        }

        private void subscribe(JsonNode message) {
            Viewer caller = viewer;
            if (caller == null) {
                close(4401, "Unauthorized");
                return;
            }
            JsonNode idNode = message.get("id");
            if (idNode == null || !idNode.isTextual() || idNode.asText().isEmpty() || idNode.asText().length() > MAX_ID_LENGTH) {
                close(4400, "Invalid message received: subscribe needs an id of 1 to " + MAX_ID_LENGTH + " characters");
                return;
            }
            String id = idNode.asText();
            GraphQLRequest request;
            try {
                request = GraphQLRequest.fromJson(message.get("payload"));
            } catch (ApiException e) {
                close(4400, "Invalid message received: " + e.getMessage());
                return;
            }
            Operation operation = new Operation(id);
            if (operations.putIfAbsent(id, operation) != null) {
                close(4409, "Subscriber for " + id + " already exists");
                return;
            }
            if (operations.size() > settings.maxPerConnection()) {
                operations.remove(id, operation);
                sendError(id, ErrorCode.LIMIT_EXCEEDED, "At most " + settings.maxPerConnection()
                        + " operations may run at once on one connection; complete one first");
                return;
            }
            if (running.incrementAndGet() > settings.maxPerServer()) {
                running.decrementAndGet();
                operations.remove(id, operation);
                sendError(id, ErrorCode.LIMIT_EXCEEDED, "The server runs as many subscriptions as it can; try again later");
                return;
            }
            operation.counted = true;
            try {
                workers.execute(() -> execute(operation, request, caller));
            } catch (RuntimeException e) {
                operation.end();
                sendError(id, ErrorCode.INTERNAL, "The server is stopping");
            }
        }

        private void execute(Operation operation, GraphQLRequest request, Viewer caller) {
            GraphQLExecutor.Execution execution;
            try {
                execution = executor.execute(request, caller, Map.of(Subscriptions.class, subscriptions));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "websocket operation failed", e);
                operation.end();
                sendError(operation.id, ErrorCode.INTERNAL, "Internal error");
                return;
            }
            ExecutionResult result = execution.result();
            boolean stream = result.getData() instanceof Publisher<?>;
            LOG.log(System.Logger.Level.INFO, "graphql-ws op={0} id={1} org={2} kind={3} ms={4} sql={5} errors={6}",
                    request.operationName() == null ? "-" : request.operationName(), operation.id, caller.organizationId(),
                    stream ? "subscription" : "single", execution.elapsedMillis(), execution.statements().count(),
                    result.getErrors().size());
            if (stream) {
                @SuppressWarnings("unchecked")
                Publisher<ExecutionResult> events = (Publisher<ExecutionResult>) result.getData();
                events.subscribe(new Forwarder(operation));
                return;
            }
            if (!result.getErrors().isEmpty() && (!result.isDataPresent() || result.getData() == null)) {
                if (operation.end()) {
                    send(Map.of("type", "error", "id", operation.id,
                            "payload", ErrorMapping.toSpecification(result.getErrors(), execution.cancelled())));
                }
                return;
            }
            if (operation.end()) {
                send(Map.of("type", "next", "id", operation.id, "payload", payload(result, execution.cancelled())));
                send(Map.of("type", "complete", "id", operation.id));
            }
        }

        private void complete(JsonNode message) {
            JsonNode id = message.get("id");
            if (id == null || !id.isTextual()) {
                close(4400, "Invalid message received: complete needs an id");
                return;
            }
            Operation operation = operations.get(id.asText());
            if (operation != null) {
                operation.cancel();
            }
        }

        private Map<String, Object> payload(ExecutionResult result, boolean cancelled) {
            Map<String, Object> payload = new LinkedHashMap<>();
            if (!result.getErrors().isEmpty()) {
                payload.put("errors", ErrorMapping.toSpecification(result.getErrors(), cancelled));
            }
            if (result.isDataPresent()) {
                payload.put("data", result.getData());
            }
            return payload;
        }

        private void sendError(String id, ErrorCode code, String text) {
            send(Map.of("type", "error", "id", id,
                    "payload", List.of(Map.of("message", text, "extensions", Map.of("code", code.name())))));
        }

        private void send(Map<String, Object> message) {
            WsSession current = session;
            if (current == null || closed) {
                return;
            }
            String text;
            try {
                text = json.writeValueAsString(message);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("could not write a graphql-ws message", e);
            }
            synchronized (sendLock) {
                try {
                    current.send(text, true);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.DEBUG, "could not send on a closed WebSocket", e);
                    shutdown();
                }
            }
        }

        private void close(int code, String reason) {
            WsSession current = session;
            shutdown();
            if (current != null) {
                synchronized (sendLock) {
                    try {
                        current.close(code, reason.length() > 120 ? reason.substring(0, 120) : reason);
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.DEBUG, "could not close a WebSocket", e);
                    }
                }
            }
        }

        /** Stops every operation of the connection; sends nothing more. */
        private void shutdown() {
            closed = true;
            ScheduledFuture<?> timeout = initTimeout;
            if (timeout != null) {
                timeout.cancel(false);
            }
            operations.values().forEach(Operation::cancel);
        }

        private static String abbreviate(String value) {
            return value.length() > 40 ? value.substring(0, 40) + "…" : value;
        }

        /** One running operation: its id, its upstream subscription once there is one, and its slot. */
        private final class Operation {
            private final String id;
            private volatile Subscription upstream;
            private volatile boolean counted;
            private boolean ended;

            Operation(String id) {
                this.id = id;
            }

            /** Ends the operation's bookkeeping; true the first time only (then the caller may send its last message). */
            boolean end() {
                synchronized (this) {
                    if (ended) {
                        return false;
                    }
                    ended = true;
                }
                operations.remove(id, this);
                if (counted) {
                    running.decrementAndGet();
                }
                return true;
            }

            /** The client completed it, or the connection went: stop without a message. */
            void cancel() {
                if (end()) {
                    Subscription current = upstream;
                    if (current != null) {
                        current.cancel();
                    }
                }
            }

            synchronized boolean isEnded() {
                return ended;
            }
        }

        /** Forwards each event's result as a {@code next}, asking for one event at a time. */
        private final class Forwarder implements Subscriber<ExecutionResult> {
            private final Operation operation;
            private Subscription subscription;

            Forwarder(Operation operation) {
                this.operation = operation;
            }

            @Override
            public void onSubscribe(Subscription subscription) {
                this.subscription = subscription;
                operation.upstream = subscription;
                if (operation.isEnded()) {
                    subscription.cancel();
                    return;
                }
                subscription.request(1);
            }

            @Override
            public void onNext(ExecutionResult result) {
                if (operation.isEnded()) {
                    return;
                }
                send(Map.of("type", "next", "id", operation.id, "payload", payload(result, false)));
                subscription.request(1);
            }

            @Override
            public void onError(Throwable failure) {
                if (!operation.end()) {
                    return;
                }
                Throwable cause = failure;
                while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
                    cause = cause.getCause();
                }
                if (cause instanceof ApiException api) {
                    sendError(operation.id, api.code(), api.getMessage());
                } else {
                    String reference = java.util.UUID.randomUUID().toString();
                    LOG.log(System.Logger.Level.ERROR, "subscription " + operation.id + " failed, reference " + reference, failure);
                    sendError(operation.id, ErrorCode.INTERNAL, "Internal error (reference " + reference + ")");
                }
            }

            @Override
            public void onComplete() {
                if (operation.end()) {
                    send(Map.of("type", "complete", "id", operation.id));
                }
            }
        }
    }
}
