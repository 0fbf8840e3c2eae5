package dev.praxis.cohort;

import dev.praxis.framework.Audience;
import dev.praxis.graphql.GlobalId;
import dev.praxis.graphql.LoaderKey;
import dev.praxis.graphql.RequestContext;
import dev.praxis.graphql.SchemaArea;
import dev.praxis.graphql.relay.Connection;
import dev.praxis.graphql.relay.Identified;
import dev.praxis.graphql.relay.Page;
import dev.praxis.graphql.relay.PageRequest;
import dev.praxis.graphql.relay.ParentQuery;
import dev.praxis.program.ProgramArea;
import dev.praxis.roadmap.RoadmapArea;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoaderRegistry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import static java.util.Objects.requireNonNull;

/** Cohorts, their participants and their figures; Person.enrollments. */
public final class CohortArea implements SchemaArea {
    public static final LoaderKey<Long, Cohort> COHORT = new LoaderKey<>("cohort");
    static final LoaderKey<ParentQuery<CohortFilter>, Page<Cohort>> COHORTS_OF_PROGRAM = new LoaderKey<>("cohortsOfProgram");
    static final LoaderKey<ParentQuery<CohortFilter>, Integer> COHORT_COUNT_OF_PROGRAM = new LoaderKey<>("cohortCountOfProgram");
    static final LoaderKey<ParentQuery<Void>, Page<Cohort>> COHORTS_OF_TRACK = new LoaderKey<>("cohortsOfTrack");
    static final LoaderKey<Long, Integer> COHORT_COUNT_OF_TRACK = new LoaderKey<>("cohortCountOfTrack");
    static final LoaderKey<ParentQuery<Void>, Page<Enrollment>> PARTICIPANTS = new LoaderKey<>("participants");
    static final LoaderKey<Long, CohortStats> COHORT_STATS = new LoaderKey<>("cohortStats");
    static final LoaderKey<Long, List<Enrollment>> ENROLLMENTS_OF_PERSON = new LoaderKey<>("enrollmentsOfPerson");

    private final CohortRepository cohorts;
    private final CohortMutations mutations;

    public CohortArea(CohortRepository cohorts, CohortMutations mutations) {
        this.cohorts = requireNonNull(cohorts, "cohorts is null");
        this.mutations = requireNonNull(mutations, "mutations is null");
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestContext context) {
        long org = context.organizationId();
        COHORT.register(registry, ids -> cohorts.byIds(context.dsl(), org, ids));
        COHORTS_OF_PROGRAM.register(registry, keys -> ParentQuery.batch(keys, (group, programIds) ->
                cohorts.pagesPerProgram(context.dsl(), org, programIds, group.page(), group.filter())));
        COHORT_COUNT_OF_PROGRAM.register(registry, keys -> ParentQuery.batch(keys, (group, programIds) ->
                cohorts.countsPerProgram(context.dsl(), org, programIds, group.filter())));
        COHORTS_OF_TRACK.register(registry, keys -> ParentQuery.batch(keys, (group, trackIds) ->
                cohorts.pagesPerTrack(context.dsl(), org, trackIds, group.page())));
        COHORT_COUNT_OF_TRACK.register(registry, ids -> cohorts.countsPerTrack(context.dsl(), org, ids));
        PARTICIPANTS.register(registry, keys -> ParentQuery.batch(keys, (group, cohortIds) ->
                cohorts.enrollmentPagesPerCohort(context.dsl(), org, cohortIds, group.page())));
        COHORT_STATS.register(registry, ids -> cohorts.statsPerCohort(context.dsl(), org, ids), CohortStats.EMPTY);
        ENROLLMENTS_OF_PERSON.register(registry, ids -> cohorts.enrollmentsPerPerson(context.dsl(), org, ids), List.of());
    }

    @Override
    public Map<String, BiFunction<RequestContext, Long, CompletableFuture<?>>> nodeLookups() {
        return Map.of("Cohort", (context, id) -> context.loader(COHORT).load(id));
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("cohort", COHORT.byGlobalId("Cohort")));
        wiring.type("Program", type -> type.dataFetcher("cohorts", this::cohortsOfProgram));
        wiring.type("Track", type -> type.dataFetcher("cohorts", env -> {
            long trackId = env.<Identified>getSource().id();
            ParentQuery<Void> key = new ParentQuery<>(trackId, PageRequest.from(env), null);
            return RequestContext.of(env).loader(COHORTS_OF_TRACK).load(key).thenApply(page -> new Connection<>(page,
                    countEnv -> RequestContext.of(countEnv).loader(COHORT_COUNT_OF_TRACK).load(trackId)));
        }));
        wiring.type("Cohort", type -> type
                .dataFetcher("program", env -> RequestContext.of(env).loader(ProgramArea.PROGRAM).load(env.<Cohort>getSource().programId()))
                .dataFetcher("track", env -> RequestContext.of(env).loader(ProgramArea.TRACK).load(env.<Cohort>getSource().trackId()))
                .dataFetcher("phase", env -> RequestContext.of(env).loader(RoadmapArea.PHASE).load(env.<Cohort>getSource().phaseId()))
                .dataFetcher("participants", env -> {
                    long cohortId = env.<Cohort>getSource().id();
                    ParentQuery<Void> key = new ParentQuery<>(cohortId, PageRequest.from(env), null);
                    return RequestContext.of(env).loader(PARTICIPANTS).load(key).thenApply(page -> new Connection<>(page,
                            countEnv -> stats(countEnv, cohortId).thenApply(CohortStats::size)));
                })
                .dataFetcher("size", env -> stats(env, env.<Cohort>getSource().id()).thenApply(CohortStats::size))
                .dataFetcher("completionRate", env -> stats(env, env.<Cohort>getSource().id()).thenApply(CohortStats::completionRate)));
        wiring.type("Enrollment", type -> type
                .dataFetcher("cohort", env -> RequestContext.of(env).loader(COHORT).load(env.<Enrollment>getSource().cohortId())));
        wiring.type("Person", type -> type
                .dataFetcher("enrollments", env -> RequestContext.of(env).loader(ENROLLMENTS_OF_PERSON).load(env.<Identified>getSource().id())));
        wiring.type("Mutation", type -> type
                .dataFetcher("createCohort", mutations::createCohort)
                .dataFetcher("enrollParticipants", mutations::enrollParticipants));
    }

    private CompletableFuture<Connection<Cohort>> cohortsOfProgram(DataFetchingEnvironment env) {
        long programId = env.<Identified>getSource().id();
        CohortFilter filter = filter(env.getArgument("filter"));
        ParentQuery<CohortFilter> key = new ParentQuery<>(programId, PageRequest.from(env), filter);
        return RequestContext.of(env).loader(COHORTS_OF_PROGRAM).load(key).thenApply(page -> new Connection<>(page,
                countEnv -> RequestContext.of(countEnv).loader(COHORT_COUNT_OF_PROGRAM).load(new ParentQuery<>(programId, null, filter))));
    }

    private static CompletableFuture<CohortStats> stats(DataFetchingEnvironment env, long cohortId) {
        return RequestContext.of(env).loader(COHORT_STATS).load(cohortId);
    }

    private static CohortFilter filter(Map<String, Object> argument) {
        if (argument == null) {
            return CohortFilter.NONE;
        }
        Object audience = argument.get("audience");
        return new CohortFilter(
                argument.get("trackId") == null ? null : GlobalId.decode((String) argument.get("trackId"), "Track"),
                argument.get("phaseId") == null ? null : GlobalId.decode((String) argument.get("phaseId"), "Phase"),
                audience == null ? null : Audience.valueOf(audience.toString()),
                (LocalDate) argument.get("startsOnOrAfter"),
                (LocalDate) argument.get("startsOnOrBefore"));
    }
}
