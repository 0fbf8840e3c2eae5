package dev.praxis.providers;

import dev.praxis.graphql.LoaderKey;
import dev.praxis.graphql.RequestContext;
import dev.praxis.graphql.SchemaArea;
import dev.praxis.program.Track;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoaderRegistry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import static java.util.Objects.requireNonNull;

/** Query.providers, Track.provider with its fit warnings, createProvider and setTrackProvider. */
public final class ProvidersArea implements SchemaArea {
    static final LoaderKey<Long, Provider> PROVIDER = new LoaderKey<>("provider");
    static final LoaderKey<Long, Provider> PROVIDER_OF_TRACK = new LoaderKey<>("providerOfTrack");
    static final LoaderKey<Long, ProviderFit.TrackFacts> TRACK_FIT_FACTS = new LoaderKey<>("trackFitFacts");

    private final ProviderRepository providers;
    private final ProviderMutations mutations;

    public ProvidersArea(ProviderRepository providers, ProviderMutations mutations) {
        this.providers = requireNonNull(providers, "providers is null");
        this.mutations = requireNonNull(mutations, "mutations is null");
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestContext context) {
        long org = context.organizationId();
        PROVIDER.register(registry, ids -> providers.byIds(context.dsl(), org, ids));
        PROVIDER_OF_TRACK.register(registry, ids -> providers.providersOfTracks(context.dsl(), org, ids));
        TRACK_FIT_FACTS.register(registry, ids -> providers.trackFacts(context.dsl(), org, ids));
    }

    @Override
    public Map<String, BiFunction<RequestContext, Long, CompletableFuture<?>>> nodeLookups() {
        return Map.of("Provider", (context, id) -> context.loader(PROVIDER).load(id));
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("providers", env -> {
                    RequestContext context = RequestContext.of(env);
                    return providers.all(context.dsl(), context.organizationId());
                }));
        wiring.type("Track", type -> type
                .dataFetcher("provider", env -> RequestContext.of(env).loader(PROVIDER_OF_TRACK).load(env.<Track>getSource().id()))
                .dataFetcher("providerFitWarnings", env -> {
                    RequestContext context = RequestContext.of(env);
                    long trackId = env.<Track>getSource().id();
                    return context.loader(PROVIDER_OF_TRACK).load(trackId)
                            .thenCombine(context.loader(TRACK_FIT_FACTS).load(trackId), (provider, facts) ->
                                    provider == null || facts == null ? List.<FitWarning>of() : ProviderFit.warnings(provider.category(), facts));
                }));
        wiring.type("Mutation", type -> type
                .dataFetcher("createProvider", mutations::createProvider)
                .dataFetcher("setTrackProvider", mutations::setTrackProvider));
    }
}
