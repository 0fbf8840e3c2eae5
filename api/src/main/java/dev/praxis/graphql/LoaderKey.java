package dev.praxis.graphql;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.MappedBatchLoader;

import graphql.schema.DataFetcher;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The typed name of a per-request DataLoader. Each batch runs one query for all the keys asked
 * at one level of the query, on the request's thread.
 */
public record LoaderKey<K, V>(String name) {

    public void register(DataLoaderRegistry registry, Function<Set<K>, Map<K, V>> batch) {
        register(registry, batch, null);
    }

    /** Like {@link #register}, answering {@code absent} for keys the batch found nothing for (an empty list, a zero). */
    public void register(DataLoaderRegistry registry, Function<Set<K>, Map<K, V>> batch, V absent) {
        MappedBatchLoader<K, V> loader = keys -> {
            try {
                Map<K, V> found = batch.apply(keys);
                if (absent != null && found.size() < keys.size()) {
                    Map<K, V> completed = new HashMap<>(found);
                    keys.forEach(key -> completed.putIfAbsent(key, absent));
                    found = completed;
                }
                return CompletableFuture.completedFuture(found);
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        };
        DataLoader<K, V> dataLoader = DataLoaderFactory.newMappedDataLoader(loader);
        registry.register(name, dataLoader);
    }

    /** A root field's fetcher: the entity of this loader by the global ID in argument {@code id}. */
    public DataFetcher<CompletableFuture<V>> byGlobalId(String type) {
        @SuppressWarnings("unchecked")
        LoaderKey<Long, V> self = (LoaderKey<Long, V>) this;
        return env -> RequestContext.of(env).loader(self).load(GlobalId.decode(env.getArgument("id"), type));
    }
}
