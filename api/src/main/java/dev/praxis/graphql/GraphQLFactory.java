package dev.praxis.graphql;

import dev.praxis.graphql.relay.Connection;
import dev.praxis.graphql.relay.Identified;
import graphql.GraphQL;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.scalars.ExtendedScalars;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import static java.util.Objects.requireNonNull;

/**
 * Builds the executable schema: the SDL files under {@code schema/}, each area's data fetchers,
 * and the Relay plumbing every area shares (global {@code id}s, {@code node}/{@code nodes},
 * {@code totalCount}).
 */
public final class GraphQLFactory {
    /** The SDL, split by area; order does not matter. */
    static final List<String> SCHEMA_FILES = List.of(
            "common", "framework", "program", "roadmap", "people", "measurement", "diagnostics", "providers", "plugins");

    private final List<SchemaArea> areas;
    private final Map<String, BiFunction<RequestContext, Long, CompletableFuture<?>>> nodeLookups = new HashMap<>();
    private final GraphQLSchema schema;

    public GraphQLFactory(List<SchemaArea> areas) {
        this.areas = List.copyOf(requireNonNull(areas, "areas is null"));
        this.areas.forEach(area -> nodeLookups.putAll(area.nodeLookups()));
        this.schema = buildSchema();
    }

    public GraphQL graphQL(RequestLimits limits) {
        return GraphQL.newGraphQL(schema)
                .instrumentation(limits.instrumentation())
                .defaultDataFetcherExceptionHandler(new ErrorMapping())
                .build();
    }

    public GraphQLSchema schema() {
        return schema;
    }

    /** Fills a request's fresh registry: DataLoaders cache per request only. */
    public void registerLoaders(RequestContext context) {
        areas.forEach(area -> area.registerLoaders(context.loaders(), context));
    }

    private GraphQLSchema buildSchema() {
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        SchemaParser parser = new SchemaParser();
        for (String file : SCHEMA_FILES) {
            types.merge(parser.parse(readSchemaFile(file)));
        }
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(ExtendedScalars.Date)
                .scalar(ExtendedScalars.DateTime)
                .scalar(DecimalScalar.DECIMAL)
                .type("Node", type -> type.typeResolver(nodeTypeResolver()))
                .type("Query", type -> type
                        .dataFetcher("node", env -> resolveNode(env.getArgument("id"), RequestContext.of(env)))
                        .dataFetcher("nodes", env -> {
                            List<String> ids = env.getArgument("ids");
                            if (ids.size() > 100) {
                                throw ApiException.badInput("nodes takes at most 100 ids, got " + ids.size());
                            }
                            RequestContext context = RequestContext.of(env);
                            List<CompletableFuture<?>> lookups = ids.stream().<CompletableFuture<?>>map(id -> resolveNode(id, context)).toList();
                            return CompletableFuture.allOf(lookups.toArray(CompletableFuture[]::new))
                                    .thenApply(done -> lookups.stream().map(CompletableFuture::join).toList());
                        }));
        wireRelayFields(types, wiring);
        areas.forEach(area -> area.wire(wiring));
        return new SchemaGenerator().makeExecutableSchema(types, wiring.build());
    }

    /** Every Node type's {@code id} is its global ID; every connection's total count is lazy. */
    private static void wireRelayFields(TypeDefinitionRegistry types, RuntimeWiring.Builder wiring) {
        DataFetcher<Object> totalCount = env -> ((Connection<?>) env.getSource()).totalCount().apply(env);
        for (ObjectTypeDefinition type : types.getTypes(ObjectTypeDefinition.class)) {
            String name = type.getName();
            boolean isNode = type.getImplements().stream().anyMatch(t -> t instanceof TypeName n && n.getName().equals("Node"));
            if (isNode) {
                wiring.type(name, builder -> builder.dataFetcher("id",
                        env -> GlobalId.encode(name, ((Identified) env.getSource()).id())));
            }
            if (name.endsWith("Connection")) {
                wiring.type(name, builder -> builder.dataFetcher("totalCount", totalCount));
            }
        }
    }

    private CompletableFuture<?> resolveNode(String id, RequestContext context) {
        GlobalId globalId = GlobalId.tryDecode(id);
        BiFunction<RequestContext, Long, CompletableFuture<?>> lookup = globalId == null ? null : nodeLookups.get(globalId.type());
        return lookup == null ? CompletableFuture.completedFuture(null) : lookup.apply(context, globalId.id());
    }

    /** Domain records are named after their GraphQL types, so the class names the type. */
    private static TypeResolver nodeTypeResolver() {
        return env -> env.getSchema().getObjectType(env.getObject().getClass().getSimpleName());
    }

    private static String readSchemaFile(String name) {
        String path = "schema/" + name + ".graphqls";
        try (InputStream in = GraphQLFactory.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("schema file missing from the class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
