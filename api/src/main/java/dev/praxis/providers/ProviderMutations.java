package dev.praxis.providers;

import dev.praxis.graphql.Inputs;
import dev.praxis.graphql.RequestContext;
import dev.praxis.graphql.UserError;
import dev.praxis.graphql.UserErrors;
import dev.praxis.program.ProgramRepository;
import dev.praxis.program.Track;
import graphql.schema.DataFetchingEnvironment;

import java.util.List;

import static dev.praxis.graphql.UserErrors.path;
import static java.util.Objects.requireNonNull;

/** createProvider and setTrackProvider: validate everything first, then write in one transaction. */
public final class ProviderMutations {
    public record CreateProviderPayload(Provider provider, List<UserError> userErrors) {
    }

    public record SetTrackProviderPayload(Track track, List<UserError> userErrors) {
    }

    private final ProviderRepository providers;
    private final ProgramRepository programs;

    public ProviderMutations(ProviderRepository providers, ProgramRepository programs) {
        this.providers = requireNonNull(providers, "providers is null");
        this.programs = requireNonNull(programs, "programs is null");
    }

    CreateProviderPayload createProvider(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        Inputs input = Inputs.of(env);
        UserErrors errors = new UserErrors();
        String name = errors.requiredText(path("input", "name"), input.get("name"), 200);
        ProviderCategory category = input.enumValue("category", ProviderCategory.class);
        if (name != null && providers.nameTaken(context.dsl(), context.organizationId(), name)) {
            errors.add(path("input", "name"), UserErrors.DUPLICATE, "a provider named '" + name + "' already exists");
        }
        if (!errors.isEmpty()) {
            return new CreateProviderPayload(null, errors.list());
        }
        Provider provider = context.dsl().transactionResult(tx -> providers.create(tx.dsl(), context.organizationId(), name, category,
                context.now()));
        return new CreateProviderPayload(provider, List.of());
    }

    SetTrackProviderPayload setTrackProvider(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        long org = context.organizationId();
        Inputs input = Inputs.of(env);
        UserErrors errors = new UserErrors();
        Track track = errors.existing(path("input", "trackId"), input.get("trackId"), "Track",
                id -> programs.tracksById(context.dsl(), org, List.of(id)).get(id));
        String providerGlobalId = input.get("providerId");
        Long providerId = null;
        if (providerGlobalId != null) {
            providerId = errors.id(path("input", "providerId"), providerGlobalId, "Provider");
            if (providerId != null && providers.byIds(context.dsl(), org, List.of(providerId)).isEmpty()) {
                errors.add(path("input", "providerId"), UserErrors.NOT_FOUND, "no such provider");
            }
        }
        if (!errors.isEmpty()) {
            return new SetTrackProviderPayload(null, errors.list());
        }
        Long chosen = providerId;
        context.dsl().transaction(tx -> providers.setTrackProvider(tx.dsl(), org, track.id(), chosen));
        return new SetTrackProviderPayload(track, List.of());
    }
}
