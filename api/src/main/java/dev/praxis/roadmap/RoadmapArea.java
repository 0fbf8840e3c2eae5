package dev.praxis.roadmap;

import dev.praxis.framework.Audience;
import dev.praxis.framework.FrameworkCatalog;
import dev.praxis.framework.StandardPhase;
import dev.praxis.events.DomainEvent;
import dev.praxis.graphql.ApiException;
import dev.praxis.graphql.ErrorCode;
import dev.praxis.graphql.EventStream;
import dev.praxis.graphql.GlobalId;
import dev.praxis.graphql.LoaderKey;
import dev.praxis.graphql.Subscriptions;
import dev.praxis.graphql.RequestContext;
import dev.praxis.graphql.SchemaArea;
import dev.praxis.graphql.relay.Connection;
import dev.praxis.graphql.relay.Identified;
import dev.praxis.graphql.relay.Page;
import dev.praxis.graphql.relay.PageRequest;
import dev.praxis.graphql.relay.ParentQuery;
import dev.praxis.program.Program;
import dev.praxis.program.ProgramArea;
import graphql.schema.DataFetchingEnvironment;
import org.reactivestreams.Publisher;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoaderRegistry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import static java.util.Objects.requireNonNull;

/** Program.phases, the Phase type with its gate, tools, success stories, capability activity and the audit trail. */
public final class RoadmapArea implements SchemaArea {
    public static final LoaderKey<Long, Phase> PHASE = new LoaderKey<>("phase");
    static final LoaderKey<Long, List<Phase>> PHASES_OF_PROGRAM = new LoaderKey<>("phasesOfProgram");
    static final LoaderKey<Long, PhaseStatus> PHASE_STATUS = new LoaderKey<>("phaseStatus");
    static final LoaderKey<Long, Gate> GATE = new LoaderKey<>("gate");
    static final LoaderKey<Long, List<AiTool>> TOOLS_OF_PROGRAM = new LoaderKey<>("toolsOfProgram");
    static final LoaderKey<Long, AiTool> TOOL = new LoaderKey<>("aiTool");
    static final LoaderKey<Long, SuccessStory> SUCCESS_STORY = new LoaderKey<>("successStory");
    static final LoaderKey<Long, CapabilityActivity> ACTIVITY = new LoaderKey<>("capabilityActivity");
    static final LoaderKey<Long, AuditEvent> AUDIT_EVENT = new LoaderKey<>("auditEvent");
    static final LoaderKey<ParentQuery<Void>, Page<SuccessStory>> STORIES_OF_PROGRAM = new LoaderKey<>("storiesOfProgram");
    static final LoaderKey<Long, Integer> STORY_COUNT = new LoaderKey<>("storyCountOfProgram");
    static final LoaderKey<ParentQuery<Void>, Page<CapabilityActivity>> ACTIVITIES_OF_PROGRAM = new LoaderKey<>("activitiesOfProgram");
    static final LoaderKey<Long, Integer> ACTIVITY_COUNT = new LoaderKey<>("activityCountOfProgram");
    static final LoaderKey<ParentQuery<Void>, Page<AuditEvent>> AUDIT_OF_PROGRAM = new LoaderKey<>("auditOfProgram");
    static final LoaderKey<Long, Integer> AUDIT_COUNT = new LoaderKey<>("auditCountOfProgram");
    static final LoaderKey<Long, List<ManagerReadiness.ManagerCheck>> MANAGER_READINESS = new LoaderKey<>("managerReadiness");

    private final PhaseRepository phases;
    private final FrameworkCatalog catalog;
    private final GateRepository gates;
    private final GateEvidenceRepository evidence;
    private final GateMutations mutations;

    public RoadmapArea(PhaseRepository phases, FrameworkCatalog catalog, GateRepository gates, GateEvidenceRepository evidence,
                       GateMutations mutations) {
        this.phases = requireNonNull(phases, "phases is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.gates = requireNonNull(gates, "gates is null");
        this.evidence = requireNonNull(evidence, "evidence is null");
        this.mutations = requireNonNull(mutations, "mutations is null");
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestContext context) {
        long org = context.organizationId();
        PHASE.register(registry, ids -> phases.phasesById(context.dsl(), org, ids));
        PHASES_OF_PROGRAM.register(registry, ids -> phases.phasesByProgram(context.dsl(), org, ids), List.of());
        PHASE_STATUS.register(registry, ids -> phases.statusByPhase(context.dsl(), org, ids, context.today()));
        GATE.register(registry, ids -> gates.gates(context.dsl(), org,
                phases.phasesById(context.dsl(), org, ids).values(), context.today()));
        TOOLS_OF_PROGRAM.register(registry, ids -> gates.tools(context.dsl(), org, ids), List.of());
        TOOL.register(registry, ids -> {
            Map<Long, AiTool> byId = new HashMap<>();
            gates.toolsById(context.dsl(), org, ids).forEach(tool -> byId.put(tool.id(), tool));
            return byId;
        });
        SUCCESS_STORY.register(registry, ids -> evidence.storiesById(context.dsl(), org, ids));
        ACTIVITY.register(registry, ids -> evidence.activitiesById(context.dsl(), org, ids));
        AUDIT_EVENT.register(registry, ids -> evidence.auditEventsById(context.dsl(), org, ids));
        STORIES_OF_PROGRAM.register(registry, keys -> ParentQuery.batch(keys, (group, programIds) ->
                evidence.storyPages(context.dsl(), org, programIds, group.page())));
        STORY_COUNT.register(registry, ids -> evidence.storyCounts(context.dsl(), org, ids));
        ACTIVITIES_OF_PROGRAM.register(registry, keys -> ParentQuery.batch(keys, (group, programIds) ->
                evidence.activityPages(context.dsl(), org, programIds, group.page())));
        ACTIVITY_COUNT.register(registry, ids -> evidence.activityCounts(context.dsl(), org, ids));
        AUDIT_OF_PROGRAM.register(registry, keys -> ParentQuery.batch(keys, (group, programIds) ->
                evidence.auditPages(context.dsl(), org, programIds, group.page())));
        AUDIT_COUNT.register(registry, ids -> evidence.auditCounts(context.dsl(), org, ids));
        MANAGER_READINESS.register(registry, ids -> gates.readinessByCohort(context.dsl(), org, ids), List.of());
    }

    @Override
    public Map<String, BiFunction<RequestContext, Long, CompletableFuture<?>>> nodeLookups() {
        return Map.of(
                "Phase", (context, id) -> context.loader(PHASE).load(id),
                "AiTool", (context, id) -> context.loader(TOOL).load(id),
                "SuccessStory", (context, id) -> context.loader(SUCCESS_STORY).load(id),
                "CapabilityActivity", (context, id) -> context.loader(ACTIVITY).load(id),
                "AuditEvent", (context, id) -> context.loader(AUDIT_EVENT).load(id));
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Program", type -> type
                .dataFetcher("phases", env -> RequestContext.of(env).loader(PHASES_OF_PROGRAM).load(programId(env)))
                .dataFetcher("tools", env -> RequestContext.of(env).loader(TOOLS_OF_PROGRAM).load(programId(env)))
                .dataFetcher("successStories", env -> connection(env, STORIES_OF_PROGRAM, STORY_COUNT))
                .dataFetcher("capabilityActivities", env -> connection(env, ACTIVITIES_OF_PROGRAM, ACTIVITY_COUNT))
                .dataFetcher("auditTrail", env -> connection(env, AUDIT_OF_PROGRAM, AUDIT_COUNT)));
        wiring.type("Phase", type -> type
                .dataFetcher("program", env -> RequestContext.of(env).loader(ProgramArea.PROGRAM).load(env.<Phase>getSource().programId()))
                .dataFetcher("status", env -> RequestContext.of(env).loader(PHASE_STATUS).load(env.<Phase>getSource().id()))
                .dataFetcher("gate", env -> RequestContext.of(env).loader(GATE).load(env.<Phase>getSource().id()))
                .dataFetcher("audiences", env -> audiencesOf(env.<Phase>getSource())));
        wiring.type("Cohort", type -> type
                .dataFetcher("managerReadiness", env -> RequestContext.of(env).loader(MANAGER_READINESS)
                        .load(env.<Identified>getSource().id()).thenApply(CohortManagerReadiness::of)));
        wiring.type("ManagerCheck", type -> type
                .dataFetcher("manager", env -> RequestContext.of(env).loader(dev.praxis.people.PeopleArea.PERSON)
                        .load(env.<ManagerReadiness.ManagerCheck>getSource().managerId())));
        wiring.type("Gate", type -> type
                .dataFetcher("allowsNewCohorts", env -> env.<Gate>getSource().allowsNewCohorts()));
        wiring.type("AuditEvent", type -> type
                .dataFetcher("program", env -> RequestContext.of(env).loader(ProgramArea.PROGRAM).load(env.<AuditEvent>getSource().programId()))
                .dataFetcher("phase", env -> {
                    Long phaseId = env.<AuditEvent>getSource().phaseId();
                    return phaseId == null ? null : RequestContext.of(env).loader(PHASE).load(phaseId);
                }));
        wiring.type("Subscription", type -> type.dataFetcher("gateChanged", this::gateChanged));
        wiring.type("Mutation", type -> type
                .dataFetcher("deployTool", mutations::deployTool)
                .dataFetcher("attestGateCondition", mutations::attestGateCondition)
                .dataFetcher("overrideGate", mutations::overrideGate)
                .dataFetcher("recordSuccessStory", mutations::recordSuccessStory)
                .dataFetcher("recordCapabilityActivity", mutations::recordCapabilityActivity));
    }

    /**
     * Each phase of the program whose gate changed (status, a condition, its evidence or an
     * override) after a change that feeds the gates; gates are compared with the state at
     * subscription time and then with the last one sent. Changes that come only from the passing of
     * time (a date reached) are not events.
     */
    private Publisher<Phase> gateChanged(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        long programId = GlobalId.decode(env.getArgument("programId"), "Program");
        if (Subscriptions.read(context, ProgramArea.PROGRAM, programId) == null) {
            throw new ApiException(ErrorCode.NOT_FOUND, "no program with this id");
        }
        Map<Long, Gate> known = new HashMap<>(gatesOf(context, programId));
        return Subscriptions.stream(env,
                event -> event instanceof DomainEvent.GateFactsChanged changed && changed.concerns(programId),
                event -> {
                    if (event == null) {
                        return EventStream.Emission.none();
                    }
                    List<Phase> current = Subscriptions.read(context, PHASES_OF_PROGRAM, programId);
                    Map<Long, Gate> gates = gatesOf(context, current);
                    List<Phase> changed = current.stream().filter(phase -> !java.util.Objects.equals(gates.get(phase.id()), known.get(phase.id()))).toList();
                    known.putAll(gates);
                    return new EventStream.Emission<>(changed, false);
                });
    }

    private static Map<Long, Gate> gatesOf(RequestContext context, long programId) {
        return gatesOf(context, Subscriptions.read(context, PHASES_OF_PROGRAM, programId));
    }

    private static Map<Long, Gate> gatesOf(RequestContext context, List<Phase> phases) {
        List<Long> ids = phases.stream().map(Phase::id).toList();
        List<Gate> gates = Subscriptions.readAll(context, GATE, ids);
        Map<Long, Gate> byPhase = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byPhase.put(ids.get(i), gates.get(i));
        }
        return byPhase;
    }

    private static long programId(DataFetchingEnvironment env) {
        return env.<Program>getSource().id();
    }

    private static <T extends Identified> CompletableFuture<Connection<T>> connection(
            DataFetchingEnvironment env, LoaderKey<ParentQuery<Void>, Page<T>> pages, LoaderKey<Long, Integer> counts) {
        long parentId = programId(env);
        ParentQuery<Void> key = new ParentQuery<>(parentId, PageRequest.from(env), null);
        return RequestContext.of(env).loader(pages).load(key).thenApply(page -> new Connection<>(page,
                countEnv -> RequestContext.of(countEnv).loader(counts).load(parentId)));
    }

    private List<Audience> audiencesOf(Phase phase) {
        return catalog.phase(phase.kind()).map(StandardPhase::audiences).orElse(List.of());
    }
}
