package dev.praxis.graphql.relay;

import graphql.schema.DataFetchingEnvironment;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A Relay connection. The total count is computed only when a client asks for it, which is
 * why it is a function of the environment (nested connections count through a DataLoader).
 */
public record Connection<T extends Identified>(
        Page<T> page,
        Function<DataFetchingEnvironment, CompletableFuture<Integer>> totalCount) {

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    public List<Edge<T>> edges() {
        return page.items().stream().map(item -> new Edge<>(PageRequest.cursorOf(item.id()), item)).toList();
    }

    public List<T> nodes() {
        return page.items();
    }

    public PageInfo pageInfo() {
        List<T> items = page.items();
        return new PageInfo(page.hasNext(), page.hasPrevious(),
                items.isEmpty() ? null : PageRequest.cursorOf(items.getFirst().id()),
                items.isEmpty() ? null : PageRequest.cursorOf(items.getLast().id()));
    }
}
