package dev.praxis.program;

import dev.praxis.framework.TrackHours;
import dev.praxis.graphql.LoaderKey;
import dev.praxis.graphql.RequestContext;
import dev.praxis.graphql.SchemaArea;
import dev.praxis.graphql.relay.Connection;
import dev.praxis.graphql.relay.PageRequest;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoaderRegistry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import static java.util.Objects.requireNonNull;

/** Queries of programs, tracks, modules and budgets, each level batched through a DataLoader. */
public final class ProgramArea implements SchemaArea {
    public static final LoaderKey<Long, Program> PROGRAM = new LoaderKey<>("program");
    public static final LoaderKey<Long, Track> TRACK = new LoaderKey<>("track");
    public static final LoaderKey<Long, Module> MODULE = new LoaderKey<>("module");
    static final LoaderKey<Long, List<Track>> TRACKS_OF_PROGRAM = new LoaderKey<>("tracksOfProgram");
    static final LoaderKey<Long, List<Module>> MODULES_OF_TRACK = new LoaderKey<>("modulesOfTrack");
    static final LoaderKey<Long, Budget> BUDGET_OF_PROGRAM = new LoaderKey<>("budgetOfProgram");

    private final ProgramRepository programs;
    private final ProgramMutations mutations;

    public ProgramArea(ProgramRepository programs, ProgramMutations mutations) {
        this.programs = requireNonNull(programs, "programs is null");
        this.mutations = requireNonNull(mutations, "mutations is null");
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestContext context) {
        long org = context.organizationId();
        PROGRAM.register(registry, ids -> programs.programsById(context.dsl(), org, ids));
        TRACK.register(registry, ids -> programs.tracksById(context.dsl(), org, ids));
        MODULE.register(registry, ids -> programs.modulesById(context.dsl(), org, ids));
        TRACKS_OF_PROGRAM.register(registry, ids -> programs.tracksByProgram(context.dsl(), org, ids), List.of());
        MODULES_OF_TRACK.register(registry, ids -> programs.modulesByTrack(context.dsl(), org, ids), List.of());
        BUDGET_OF_PROGRAM.register(registry, ids -> programs.budgetsByProgram(context.dsl(), org, ids));
    }

    @Override
    public Map<String, BiFunction<RequestContext, Long, CompletableFuture<?>>> nodeLookups() {
        return Map.of(
                "Program", (context, id) -> context.loader(PROGRAM).load(id),
                "Track", (context, id) -> context.loader(TRACK).load(id),
                "Module", (context, id) -> context.loader(MODULE).load(id));
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("programs", this::programsConnection)
                .dataFetcher("program", PROGRAM.byGlobalId("Program")));
        wiring.type("Program", type -> type
                .dataFetcher("tracks", env -> RequestContext.of(env).loader(TRACKS_OF_PROGRAM).load(env.<Program>getSource().id()))
                .dataFetcher("budget", env -> RequestContext.of(env).loader(BUDGET_OF_PROGRAM).load(env.<Program>getSource().id())));
        wiring.type("Track", type -> type
                .dataFetcher("program", env -> RequestContext.of(env).loader(PROGRAM).load(env.<Track>getSource().programId()))
                .dataFetcher("modules", env -> modulesOf(env, env.<Track>getSource()))
                .dataFetcher("totalHours", env -> modulesOf(env, env.<Track>getSource())
                        .thenApply(modules -> TrackHours.total(hours(modules))))
                .dataFetcher("hoursPerParticipant", env -> modulesOf(env, env.<Track>getSource())
                        .thenApply(modules -> TrackHours.perParticipant(env.<Track>getSource().audience(), hours(modules)))));
        wiring.type("Module", type -> type
                .dataFetcher("track", env -> RequestContext.of(env).loader(TRACK).load(env.<Module>getSource().trackId())));
        wiring.type("Mutation", type -> type
                .dataFetcher("createProgram", mutations::createProgram)
                .dataFetcher("updateProgram", mutations::updateProgram)
                .dataFetcher("updateModule", mutations::updateModule)
                .dataFetcher("setBudget", mutations::setBudget));
    }

    private Connection<Program> programsConnection(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        Map<String, Object> filterArgument = env.getArgument("filter");
        ProgramRepository.ProgramFilter filter = filterArgument == null
                ? new ProgramRepository.ProgramFilter(null, null)
                : new ProgramRepository.ProgramFilter(
                        filterArgument.get("status") == null ? null : ProgramStatus.valueOf(filterArgument.get("status").toString()),
                        (String) filterArgument.get("nameContains"));
        PageRequest page = PageRequest.from(env);
        return new Connection<>(programs.page(context.dsl(), context.organizationId(), filter, page),
                ignored -> CompletableFuture.completedFuture(programs.count(context.dsl(), context.organizationId(), filter)));
    }

    private static CompletableFuture<List<Module>> modulesOf(DataFetchingEnvironment env, Track track) {
        return RequestContext.of(env).loader(MODULES_OF_TRACK).load(track.id());
    }

    private static List<Double> hours(List<Module> modules) {
        return modules.stream().map(Module::hours).toList();
    }
}
