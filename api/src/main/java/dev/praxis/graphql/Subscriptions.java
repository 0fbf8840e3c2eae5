package dev.praxis.graphql;

import dev.praxis.events.DomainEvent;
import dev.praxis.events.DomainEvents;
import graphql.schema.DataFetchingEnvironment;
import org.reactivestreams.Publisher;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

import static java.util.Objects.requireNonNull;

/**
 * What a subscription field's fetcher needs to return its source stream: the event bus, and a way
 * to give the subscription's request context fresh DataLoaders for every event. Only the WebSocket
 * transport puts it into the GraphQL context; over HTTP a subscription field answers BAD_REQUEST.
 */
public final class Subscriptions {
    private final DomainEvents bus;
    private final GraphQLFactory factory;
    private final Executor executor;

    Subscriptions(DomainEvents bus, GraphQLFactory factory, Executor executor) {
        this.bus = requireNonNull(bus, "bus is null");
        this.factory = requireNonNull(factory, "factory is null");
        this.executor = requireNonNull(executor, "executor is null");
    }

    /**
     * The stream for a subscription field: events of the caller's organization that pass the filter,
     * re-read by the reader. The organization check is made here, so no area can forget it.
     */
    public static <T> Publisher<T> stream(DataFetchingEnvironment env, Predicate<DomainEvent> filter, EventStream.Reader<T> reader) {
        Subscriptions subscriptions = env.getGraphQlContext().get(Subscriptions.class);
        if (subscriptions == null) {
            throw new ApiException(ErrorCode.BAD_REQUEST,
                    "Subscriptions are served over WebSocket at /graphql with the graphql-transport-ws protocol");
        }
        RequestContext context = RequestContext.of(env);
        long organizationId = context.organizationId();
        return new EventStream<>(subscriptions.bus,
                event -> event.organizationId() == organizationId && filter.test(event),
                reader,
                () -> subscriptions.factory.registerLoaders(context),
                subscriptions.executor);
    }

    /** Loads through a request's DataLoader now, outside an execution (in a fetcher or an event reader). */
    public static <K, V> V read(RequestContext context, LoaderKey<K, V> key, K id) {
        CompletableFuture<V> value = context.loader(key).load(id);
        context.loader(key).dispatch();
        return value.join();
    }

    /** Like {@link #read}, for several keys in one batch; the values in the keys' order. */
    public static <K, V> List<V> readAll(RequestContext context, LoaderKey<K, V> key, Collection<K> ids) {
        CompletableFuture<List<V>> values = context.loader(key).loadMany(List.copyOf(ids));
        context.loader(key).dispatch();
        return values.join();
    }
}
