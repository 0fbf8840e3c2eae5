package dev.praxis.roadmap;

import dev.praxis.framework.Audience;
import dev.praxis.framework.FrameworkCatalog;
import dev.praxis.framework.StandardPhase;
import dev.praxis.graphql.LoaderKey;
import dev.praxis.graphql.RequestContext;
import dev.praxis.graphql.SchemaArea;
import dev.praxis.program.Program;
import dev.praxis.program.ProgramArea;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoaderRegistry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import static java.util.Objects.requireNonNull;

/** Program.phases and the Phase type. */
public final class RoadmapArea implements SchemaArea {
    public static final LoaderKey<Long, Phase> PHASE = new LoaderKey<>("phase");
    static final LoaderKey<Long, List<Phase>> PHASES_OF_PROGRAM = new LoaderKey<>("phasesOfProgram");
    static final LoaderKey<Long, PhaseStatus> PHASE_STATUS = new LoaderKey<>("phaseStatus");

    private final PhaseRepository phases;
    private final FrameworkCatalog catalog;

    public RoadmapArea(PhaseRepository phases, FrameworkCatalog catalog) {
        this.phases = requireNonNull(phases, "phases is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestContext context) {
        long org = context.organizationId();
        PHASE.register(registry, ids -> phases.phasesById(context.dsl(), org, ids));
        PHASES_OF_PROGRAM.register(registry, ids -> phases.phasesByProgram(context.dsl(), org, ids), List.of());
        PHASE_STATUS.register(registry, ids -> phases.statusByPhase(context.dsl(), org, ids, context.today()));
    }

    @Override
    public Map<String, BiFunction<RequestContext, Long, CompletableFuture<?>>> nodeLookups() {
        return Map.of("Phase", (context, id) -> context.loader(PHASE).load(id));
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Program", type -> type
                .dataFetcher("phases", env -> RequestContext.of(env).loader(PHASES_OF_PROGRAM).load(env.<Program>getSource().id())));
        wiring.type("Phase", type -> type
                .dataFetcher("program", env -> RequestContext.of(env).loader(ProgramArea.PROGRAM).load(env.<Phase>getSource().programId()))
                .dataFetcher("status", env -> RequestContext.of(env).loader(PHASE_STATUS).load(env.<Phase>getSource().id()))
                .dataFetcher("audiences", env -> audiencesOf(env.<Phase>getSource())));
    }

    private List<Audience> audiencesOf(Phase phase) {
        return catalog.phase(phase.kind()).map(StandardPhase::audiences).orElse(List.of());
    }
}
