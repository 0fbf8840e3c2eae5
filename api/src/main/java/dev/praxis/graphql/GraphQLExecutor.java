package dev.praxis.graphql;

import dev.praxis.auth.Viewer;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.parser.ParserOptions;
import graphql.validation.QueryComplexityLimits;
import org.dataloader.DataLoaderRegistry;
import org.jooq.DSLContext;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import static java.util.Objects.requireNonNull;

/**
 * Runs one GraphQL operation for one caller, the same way for HTTP and WebSocket: a fresh
 * request context with its own DataLoaders and SQL counter, the parser and validation limits,
 * and the time limit (the operation is cancelled when it runs out).
 */
public final class GraphQLExecutor implements AutoCloseable {
    private final GraphQLFactory factory;
    private final GraphQL graphQL;
    private final RequestLimits limits;
    private final DSLContext dsl;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("graphql-time-limit").factory());

    /** What one execution gave, with what the transports need to answer and log it. */
    public record Execution(ExecutionResult result, boolean cancelled, SqlStatementCounter statements, long startedNanos) {
        public long elapsedMillis() {
            return (System.nanoTime() - startedNanos) / 1_000_000;
        }
    }

    public GraphQLExecutor(GraphQLFactory factory, RequestLimits limits, DSLContext dsl, Clock clock) {
        this.factory = requireNonNull(factory, "factory is null");
        this.limits = requireNonNull(limits, "limits is null");
        this.graphQL = factory.graphQL(limits);
        this.dsl = requireNonNull(dsl, "dsl is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** @param extraContext more GraphQLContext entries a transport needs (the WebSocket's subscriptions) */
    Execution execute(GraphQLRequest request, Viewer viewer, Map<Object, Object> extraContext) {
        long started = System.nanoTime();
        SqlStatementCounter statements = new SqlStatementCounter();
        DataLoaderRegistry loaders = new DataLoaderRegistry();
        RequestContext context = new RequestContext(viewer, statements.counting(dsl), clock, loaders);
        factory.registerLoaders(context);
        Map<Object, Object> graphQLContext = new LinkedHashMap<>(extraContext);
        graphQLContext.put(RequestContext.class, context);
        graphQLContext.put(ParserOptions.class, limits.parserOptions());
        graphQLContext.put(QueryComplexityLimits.KEY, limits.validationLimits());
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .extensions(request.extensions())
                .graphQLContext(graphQLContext)
                .dataLoaderRegistry(loaders)
                .locale(Locale.ENGLISH)
                .build();
        ScheduledFuture<?> deadline = timer.schedule(input::cancel, limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            ExecutionResult result = graphQL.execute(input);
            return new Execution(result, input.isCancelled(), statements, started);
        } finally {
            deadline.cancel(false);
        }
    }

    GraphQLFactory factory() {
        return factory;
    }

    RequestLimits limits() {
        return limits;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
