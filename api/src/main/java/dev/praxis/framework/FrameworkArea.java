package dev.praxis.framework;

import dev.praxis.graphql.SchemaArea;
import graphql.schema.idl.RuntimeWiring;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** Serves {@code Query.framework} from the catalog and the profiles; no request touches the database. */
public final class FrameworkArea implements SchemaArea {

    /** What {@code Query.framework} returns. */
    public record Framework(
            List<FrameworkProfiles.AudienceProfile> audiences,
            List<StandardTrack> tracks,
            List<StandardPhase> phases,
            List<FrameworkProfiles.KirkpatrickLevelProfile> measurementLevels,
            List<FrameworkProfiles.FailureModeProfile> failureModes,
            List<FrameworkProfiles.ProviderCategoryProfile> providerCategories,
            List<FrameworkProfiles.BenchmarkFigure> benchmarks) {
    }

    private final Framework framework;

    public FrameworkArea(FrameworkCatalog catalog) {
        requireNonNull(catalog, "catalog is null");
        this.framework = new Framework(FrameworkProfiles.AUDIENCES, catalog.tracks(), catalog.phases(),
                FrameworkProfiles.MEASUREMENT_LEVELS, FrameworkProfiles.FAILURE_MODES,
                FrameworkProfiles.PROVIDER_CATEGORIES, FrameworkProfiles.BENCHMARKS);
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("framework", env -> framework));
    }
}
