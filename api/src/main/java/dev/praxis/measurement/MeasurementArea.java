package dev.praxis.measurement;

import dev.praxis.cohort.Cohort;
import dev.praxis.framework.Audience;
import dev.praxis.graphql.ApiException;
import dev.praxis.graphql.LoaderKey;
import dev.praxis.graphql.RequestContext;
import dev.praxis.graphql.SchemaArea;
import dev.praxis.graphql.relay.ParentQuery;
import dev.praxis.people.PeopleArea;
import dev.praxis.program.Module;
import dev.praxis.program.Program;
import dev.praxis.program.ProgramArea;
import dev.praxis.program.Track;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.MappedBatchLoader;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Measurement on Program, Track, Cohort and Module, target behaviours and the recording
 * mutations. Every figure comes from a DataLoader that answers all the scopes of one level of
 * the query with one aggregate query per filter.
 */
public final class MeasurementArea implements SchemaArea {
    static final LoaderKey<Scope, ReactionSummary> REACTION = new LoaderKey<>("measurementReaction");
    static final LoaderKey<Scope, LearningSummary> LEARNING = new LoaderKey<>("measurementLearning");
    static final LoaderKey<Scope, Map<Integer, CheckCounts>> CHECKS = new LoaderKey<>("measurementChecks");
    static final LoaderKey<Scope, Map<Integer, List<ModuleTransfer>>> CITATIONS = new LoaderKey<>("measurementCitations");
    static final LoaderKey<Scope, Integer> OBSERVATIONS = new LoaderKey<>("measurementObservations");
    static final LoaderKey<Scope, Integer> TOOL_USERS = new LoaderKey<>("measurementToolUsers");
    static final LoaderKey<ParentQuery<MeasurementFilter>, List<KpiReading>> KPI_READINGS = new LoaderKey<>("kpiReadings");
    static final LoaderKey<ParentQuery<Integer>, ModuleTransfer> MODULE_TRANSFER = new LoaderKey<>("moduleTransfer");
    static final LoaderKey<Long, int[]> PROGRAM_COMPLETION = new LoaderKey<>("programCompletion");
    static final LoaderKey<Long, List<TargetBehavior>> TARGETS_OF_PROGRAM = new LoaderKey<>("targetsOfProgram");
    static final LoaderKey<Long, TargetBehavior> TARGET_BEHAVIOR = new LoaderKey<>("targetBehavior");

    private static final ExecutorService AGGREGATES = Executors.newVirtualThreadPerTaskExecutor();

    /** The source of BehaviorSummary. */
    record BehaviorOf(Scope scope) {
    }

    /** The source of ResultsSummary. */
    record ResultsOf(Scope scope) {
    }

    private final MeasurementRepository measurements;
    private final RecordingMutations recording;
    private final TargetBehaviorMutations targets;

    public MeasurementArea(MeasurementRepository measurements, RecordingMutations recording, TargetBehaviorMutations targets) {
        this.measurements = requireNonNull(measurements, "measurements is null");
        this.recording = requireNonNull(recording, "recording is null");
        this.targets = requireNonNull(targets, "targets is null");
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestContext context) {
        long org = context.organizationId();
        // The aggregates are independent and each scans many rows: they run side by side, one
        // connection each, so a Measurement costs about its slowest query rather than their sum.
        concurrent(registry, REACTION, keys -> perGroup(keys, (group, ids) -> measurements.reaction(context.dsl(), org, group, ids)),
                ReactionSummary.EMPTY);
        concurrent(registry, LEARNING, keys -> perGroup(keys, (group, ids) -> measurements.learning(context.dsl(), org, group, ids)),
                LearningSummary.EMPTY);
        concurrent(registry, CHECKS, keys -> perGroup(keys, (group, ids) -> measurements.checks(context.dsl(), org, group, ids)),
                Map.of());
        concurrent(registry, CITATIONS, keys -> perGroup(keys, (group, ids) -> measurements.citations(context.dsl(), org, group, ids)),
                Map.of());
        concurrent(registry, OBSERVATIONS, keys -> perGroup(keys,
                (group, ids) -> measurements.managerObservations(context.dsl(), org, group, ids)), 0);
        concurrent(registry, TOOL_USERS, keys -> perGroup(keys,
                (group, ids) -> measurements.activeToolUsers(context.dsl(), org, group, ids)), 0);
        concurrent(registry, KPI_READINGS, keys -> ParentQuery.batch(keys,
                (group, programIds) -> measurements.kpiReadings(context.dsl(), org, group.filter(), programIds)), List.of());
        MODULE_TRANSFER.register(registry, keys -> ParentQuery.batch(keys,
                (group, moduleIds) -> measurements.transfers(context.dsl(), org, group.filter(), moduleIds)));
        PROGRAM_COMPLETION.register(registry, ids -> measurements.programCompletion(context.dsl(), org, ids), new int[]{0, 0});
        TARGETS_OF_PROGRAM.register(registry, ids -> measurements.targetBehaviors(context.dsl(), org, ids), List.of());
        TARGET_BEHAVIOR.register(registry, ids -> measurements.targetBehaviorsById(context.dsl(), org, ids));
    }

    @Override
    public Map<String, BiFunction<RequestContext, Long, CompletableFuture<?>>> nodeLookups() {
        return Map.of("TargetBehavior", (context, id) -> context.loader(TARGET_BEHAVIOR).load(id));
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Program", type -> type
                .dataFetcher("measurement", env -> scope(env, ScopeLevel.PROGRAM, env.<Program>getSource().id(), env.<Program>getSource().id()))
                .dataFetcher("behaviorCheck", env -> check(env, scope(env, ScopeLevel.PROGRAM, env.<Program>getSource().id(),
                        env.<Program>getSource().id()), day(env)))
                .dataFetcher("completionRate", env -> RequestContext.of(env).loader(PROGRAM_COMPLETION)
                        .load(env.<Program>getSource().id()).thenApply(counts -> counts[0] == 0 ? 0.0 : (double) counts[1] / counts[0]))
                .dataFetcher("concreteShare90", env -> check(env, new Scope(ScopeLevel.PROGRAM, env.<Program>getSource().id(),
                        env.<Program>getSource().id(), MeasurementFilter.NONE), CheckDay.FINAL).thenApply(BehaviorCheckSummary::concreteShare))
                .dataFetcher("targetBehaviors", env -> RequestContext.of(env).loader(TARGETS_OF_PROGRAM).load(env.<Program>getSource().id())));
        wiring.type("Track", type -> type
                .dataFetcher("measurement", env -> scope(env, ScopeLevel.TRACK, env.<Track>getSource().id(), env.<Track>getSource().programId()))
                .dataFetcher("behaviorCheck", env -> check(env, scope(env, ScopeLevel.TRACK, env.<Track>getSource().id(),
                        env.<Track>getSource().programId()), day(env))));
        wiring.type("Cohort", type -> type
                .dataFetcher("measurement", env -> scope(env, ScopeLevel.COHORT, env.<Cohort>getSource().id(), env.<Cohort>getSource().programId()))
                .dataFetcher("behaviorCheck", env -> check(env, scope(env, ScopeLevel.COHORT, env.<Cohort>getSource().id(),
                        env.<Cohort>getSource().programId()), day(env)))
                .dataFetcher("concreteShare90", env -> check(env, new Scope(ScopeLevel.COHORT, env.<Cohort>getSource().id(),
                        env.<Cohort>getSource().programId(), MeasurementFilter.NONE), CheckDay.FINAL).thenApply(BehaviorCheckSummary::concreteShare)));
        wiring.type("Module", type -> type
                .dataFetcher("transfer", env -> RequestContext.of(env).loader(MODULE_TRANSFER)
                        .load(new ParentQuery<>(env.<Module>getSource().id(), null, day(env)))));
        wiring.type("Measurement", type -> type
                .dataFetcher("reaction", env -> RequestContext.of(env).loader(REACTION).load(env.getSource()))
                .dataFetcher("learning", env -> RequestContext.of(env).loader(LEARNING).load(env.getSource()))
                .dataFetcher("behavior", env -> new BehaviorOf(env.getSource()))
                .dataFetcher("results", env -> new ResultsOf(env.getSource())));
        wiring.type("BehaviorSummary", type -> type
                .dataFetcher("checks", env -> {
                    Scope scope = env.<BehaviorOf>getSource().scope();
                    return RequestContext.of(env).loader(CHECKS).load(scope).thenApply(byDay -> CheckDay.DAYS.stream()
                            .map(day -> new BehaviorCheckSummary(scope, day, byDay.getOrDefault(day, CheckCounts.EMPTY))).toList());
                })
                .dataFetcher("managerObservations", env -> RequestContext.of(env).loader(OBSERVATIONS).load(env.<BehaviorOf>getSource().scope()))
                .dataFetcher("activeToolUsers", env -> RequestContext.of(env).loader(TOOL_USERS).load(env.<BehaviorOf>getSource().scope())));
        wiring.type("BehaviorCheckSummary", type -> type
                .dataFetcher("byModule", env -> {
                    BehaviorCheckSummary check = env.getSource();
                    return RequestContext.of(env).loader(CITATIONS).load(check.scope())
                            .thenApply(byDay -> byDay.getOrDefault(check.day(), List.of()));
                }));
        wiring.type("ModuleTransfer", type -> type
                .dataFetcher("module", env -> RequestContext.of(env).loader(ProgramArea.MODULE).load(env.<ModuleTransfer>getSource().moduleId())));
        wiring.type("ResultsSummary", type -> type
                .dataFetcher("kpis", env -> {
                    Scope scope = env.<ResultsOf>getSource().scope();
                    return RequestContext.of(env).loader(KPI_READINGS).load(new ParentQuery<>(scope.programId(), null, scope.filter()))
                            .thenApply(KpiResult::of);
                }));
        wiring.type("TargetBehavior", type -> type
                .dataFetcher("module", env -> {
                    Long moduleId = env.<TargetBehavior>getSource().moduleId();
                    return moduleId == null ? null : RequestContext.of(env).loader(ProgramArea.MODULE).load(moduleId);
                })
                .dataFetcher("observed", env -> observed(env, env.getSource()))
                .dataFetcher("status", env -> {
                    TargetBehavior target = env.getSource();
                    return observed(env, target).thenApply(observed -> TargetStatus.of(target.metric() != null, target.target(), observed));
                }));
        wiring.type("ManagerObservation", type -> type
                .dataFetcher("manager", env -> RequestContext.of(env).loader(PeopleArea.PERSON).load(env.<ManagerObservation>getSource().managerId()))
                .dataFetcher("person", env -> RequestContext.of(env).loader(PeopleArea.PERSON).load(env.<ManagerObservation>getSource().personId())));
        wiring.type("Mutation", type -> type
                .dataFetcher("recordSurveyResponses", recording::recordSurveyResponses)
                .dataFetcher("recordAssessments", recording::recordAssessments)
                .dataFetcher("recordBehaviorCheckResponses", recording::recordBehaviorCheckResponses)
                .dataFetcher("recordManagerObservation", recording::recordManagerObservation)
                .dataFetcher("recordToolUsage", recording::recordToolUsage)
                .dataFetcher("recordKpiMeasurements", recording::recordKpiMeasurements)
                .dataFetcher("defineTargetBehaviors", targets::defineTargetBehaviors));
    }

    /** The observed share of a target behaviour, from the program's (or the module's track's) 90-day answers. */
    private static CompletableFuture<Double> observed(DataFetchingEnvironment env, TargetBehavior target) {
        RequestContext context = RequestContext.of(env);
        if (target.metric() == null || (target.metric() == TargetMetric.MODULE_CITED_SHARE && target.moduleTrackId() == null)) {
            return CompletableFuture.completedFuture(null);
        }
        return switch (target.metric()) {
            case CONCRETE_SHARE -> context.loader(CHECKS)
                    .load(new Scope(ScopeLevel.PROGRAM, target.programId(), target.programId(),
                            new MeasurementFilter(target.audience(), null, null)))
                    .thenApply(byDay -> byDay.getOrDefault(CheckDay.FINAL, CheckCounts.EMPTY).concreteShare());
            case MODULE_CITED_SHARE -> {
                Scope track = new Scope(ScopeLevel.TRACK, target.moduleTrackId(), target.programId(), MeasurementFilter.NONE);
                yield context.loader(CHECKS).load(track).thenCombine(context.loader(CITATIONS).load(track), (checks, citations) -> {
                    int respondents = checks.getOrDefault(CheckDay.FINAL, CheckCounts.EMPTY).respondents();
                    int cited = citations.getOrDefault(CheckDay.FINAL, List.of()).stream()
                            .filter(transfer -> transfer.moduleId() == target.moduleId())
                            .mapToInt(ModuleTransfer::citedConcretely).sum();
                    return respondents == 0 ? null : (double) cited / respondents;
                });
            }
        };
    }

    private static CompletableFuture<BehaviorCheckSummary> check(DataFetchingEnvironment env, Scope scope, int day) {
        return RequestContext.of(env).loader(CHECKS).load(scope)
                .thenApply(byDay -> new BehaviorCheckSummary(scope, day, byDay.getOrDefault(day, CheckCounts.EMPTY)));
    }

    private static Scope scope(DataFetchingEnvironment env, ScopeLevel level, long id, long programId) {
        return new Scope(level, id, programId, filter(env.getArgument("filter")));
    }

    private static int day(DataFetchingEnvironment env) {
        Integer day = env.getArgument("day");
        if (day == null || !CheckDay.isValid(day)) {
            throw ApiException.badInput("day must be 30, 60 or 90, was " + day);
        }
        return day;
    }

    static MeasurementFilter filter(Map<String, Object> argument) {
        if (argument == null) {
            return MeasurementFilter.NONE;
        }
        Object audience = argument.get("audience");
        LocalDate from = (LocalDate) argument.get("from");
        LocalDate to = (LocalDate) argument.get("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badInput("filter.to must not be before filter.from");
        }
        return new MeasurementFilter(audience == null ? null : Audience.valueOf(audience.toString()), from, to);
    }

    /**
     * Registers a DataLoader whose batch runs on its own virtual thread (and so its own pooled
     * connection), so that the loaders dispatched together at one level of a query run concurrently.
     */
    private static <K, V> void concurrent(DataLoaderRegistry registry, LoaderKey<K, V> key, Function<Set<K>, Map<K, V>> batch, V absent) {
        MappedBatchLoader<K, V> loader = keys -> CompletableFuture.supplyAsync(() -> {
            Map<K, V> found = new HashMap<>(batch.apply(keys));
            keys.forEach(k -> found.putIfAbsent(k, absent));
            return found;
        }, AGGREGATES);
        registry.register(key.name(), DataLoaderFactory.newMappedDataLoader(loader));
    }

    /** Runs one query per group of scopes (same level and filter) and maps the rows back to their scopes. */
    private static <V> Map<Scope, V> perGroup(Set<Scope> keys, BiFunction<Scope.Group, Set<Long>, Map<Long, V>> query) {
        Map<Scope, V> result = new HashMap<>();
        Map<Scope.Group, Set<Scope>> byGroup = keys.stream().collect(Collectors.groupingBy(Scope::group, Collectors.toSet()));
        byGroup.forEach((group, scopes) -> {
            Map<Long, V> values = query.apply(group, scopes.stream().map(Scope::id).collect(Collectors.toSet()));
            scopes.forEach(scope -> {
                V value = values.get(scope.id());
                if (value != null) {
                    result.put(scope, value);
                }
            });
        });
        return result;
    }
}
