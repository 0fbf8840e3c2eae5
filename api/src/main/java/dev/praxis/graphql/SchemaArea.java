package dev.praxis.graphql;

import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoaderRegistry;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * One domain area's part of the schema: its data fetchers, its per-request DataLoaders and the
 * Node types it can resolve by id. The SDL lives in {@code schema/*.graphqls}.
 */
public interface SchemaArea {

    void wire(RuntimeWiring.Builder wiring);

    default void registerLoaders(DataLoaderRegistry registry, RequestContext context) {
    }

    /** GraphQL type name to a lookup by row id (through a DataLoader), for node and nodes. */
    default Map<String, BiFunction<RequestContext, Long, CompletableFuture<?>>> nodeLookups() {
        return Map.of();
    }
}
