package dev.praxis.auth;

import dev.praxis.graphql.RequestContext;
import dev.praxis.graphql.SchemaArea;
import dev.praxis.graphql.relay.Identified;
import graphql.schema.idl.RuntimeWiring;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/** {@code Query.viewer}: who is calling, from the request's already-authenticated key. */
public final class ViewerArea implements SchemaArea {

    /** The caller's organization as a Node. */
    public record Organization(long id, String name) implements Identified {
    }

    record ApiKeyInfo(String label, String prefix, java.time.OffsetDateTime createdAt) {
    }

    record ViewerView(Organization organization, ApiKeyInfo apiKey, List<String> roles) {
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("viewer", env -> {
            Viewer viewer = RequestContext.of(env).viewer();
            return new ViewerView(new Organization(viewer.organizationId(), viewer.organizationName()),
                    new ApiKeyInfo(viewer.keyLabel(), viewer.keyPrefix(), viewer.keyCreatedAt()),
                    List.of("ADMIN"));
        }));
    }

    @Override
    public Map<String, BiFunction<RequestContext, Long, CompletableFuture<?>>> nodeLookups() {
        // Only the caller's own organization is visible.
        return Map.of("Organization", (context, id) -> CompletableFuture.completedFuture(
                id == context.organizationId()
                        ? new Organization(context.organizationId(), context.viewer().organizationName())
                        : null));
    }
}
