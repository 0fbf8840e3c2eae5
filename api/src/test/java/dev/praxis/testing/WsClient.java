package dev.praxis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.praxis.server.PraxisServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A graphql-transport-ws client on java.net.http.WebSocket, for tests: sends messages, queues what arrives. */
public final class WsClient implements AutoCloseable {
    private static final ObjectMapper JSON = PraxisServer.jsonMapper();

    private final WebSocket socket;
    private final LinkedBlockingQueue<JsonNode> received;
    private final CompletableFuture<Integer> closeCode;

    private WsClient(WebSocket socket, LinkedBlockingQueue<JsonNode> received, CompletableFuture<Integer> closeCode) {
        this.socket = socket;
        this.received = received;
        this.closeCode = closeCode;
    }

    public static WsClient connect(URI uri) {
        return connect(uri, Map.of(), true);
    }

    /** Connects with extra upgrade headers, offering the graphql-transport-ws subprotocol or none. */
    public static WsClient connect(URI uri, Map<String, String> headers, boolean offerSubprotocol) {
        LinkedBlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> closeCode = new CompletableFuture<>();
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    try {
                        received.add(JSON.readTree(partial.toString()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closeCode.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closeCode.completeExceptionally(error);
            }
        };
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (offerSubprotocol) {
            builder.subprotocols("graphql-transport-ws");
        }
        headers.forEach(builder::header);
        WebSocket socket = builder.buildAsync(uri, listener).join();
        return new WsClient(socket, received, closeCode);
    }

    /** Connects and sends connection_init with the key; waits for the ack. */
    public static WsClient initialized(URI uri, String key) {
        WsClient client = connect(uri);
        client.send(Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer " + key)));
        JsonNode ack = client.next();
        if (!ack.path("type").asText().equals("connection_ack")) {
            throw new AssertionError("expected connection_ack, got " + ack);
        }
        return client;
    }

    /** The subprotocol the server chose. */
    public String subprotocol() {
        return socket.getSubprotocol();
    }

    public void send(Map<String, Object> message) {
        try {
            sendText(JSON.writeValueAsString(message));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void sendText(String text) {
        socket.sendText(text, true).join();
    }

    public void subscribe(String id, String query, Map<String, Object> variables) {
        send(Map.of("type", "subscribe", "id", id, "payload", Map.of("query", query, "variables", variables)));
    }

    /** The next message, waiting up to 30 seconds. */
    public JsonNode next() {
        JsonNode message = poll(Duration.ofSeconds(30));
        if (message == null) {
            throw new AssertionError("no message within 30 s");
        }
        return message;
    }

    /** The next message, or null if none comes within the wait. */
    public JsonNode poll(Duration wait) {
        try {
            return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The close code the server sent, waiting up to 30 seconds. */
    public int closeCode() {
        try {
            return closeCode.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the server did not close the connection: " + e);
        }
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
        socket.abort();
    }
}
