package dev.praxis.graphql;

import dev.praxis.auth.Viewer;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static java.util.Objects.requireNonNull;

/**
 * What one request's data fetchers share: the caller, a jOOQ context that counts this request's
 * statements, the clock, and the request's own DataLoaders (never shared between requests, so a
 * cached row never crosses organizations).
 */
public record RequestContext(Viewer viewer, DSLContext dsl, Clock clock, DataLoaderRegistry loaders) {

    public RequestContext {
        requireNonNull(viewer, "viewer is null");
        requireNonNull(dsl, "dsl is null");
        requireNonNull(clock, "clock is null");
        requireNonNull(loaders, "loaders is null");
    }

    public static RequestContext of(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get(RequestContext.class);
    }

    public long organizationId() {
        return viewer.organizationId();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Now in UTC, as the DATETIME columns store it. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    public <K, V> DataLoader<K, V> loader(LoaderKey<K, V> key) {
        DataLoader<K, V> loader = loaders.getDataLoader(key.name());
        if (loader == null) {
            throw new IllegalStateException("no DataLoader registered as " + key.name());
        }
        return loader;
    }
}
