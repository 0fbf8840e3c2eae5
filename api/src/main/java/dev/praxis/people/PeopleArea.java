package dev.praxis.people;

import dev.praxis.framework.Audience;
import dev.praxis.graphql.GlobalId;
import dev.praxis.graphql.LoaderKey;
import dev.praxis.graphql.RequestContext;
import dev.praxis.graphql.SchemaArea;
import dev.praxis.cohort.Enrollment;
import dev.praxis.graphql.relay.Connection;
import dev.praxis.graphql.relay.Page;
import dev.praxis.graphql.relay.PageRequest;
import dev.praxis.graphql.relay.ParentQuery;
import dev.praxis.program.ProgramArea;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoaderRegistry;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import static java.util.Objects.requireNonNull;

/** People, their reporting lines and completions; the person behind an enrollment. */
public final class PeopleArea implements SchemaArea {
    public static final LoaderKey<Long, Person> PERSON = new LoaderKey<>("person");
    static final LoaderKey<ParentQuery<Void>, Page<Person>> REPORTS = new LoaderKey<>("reports");
    static final LoaderKey<Long, Integer> REPORT_COUNT = new LoaderKey<>("reportCount");
    static final LoaderKey<ParentQuery<Void>, Page<Completion>> COMPLETIONS = new LoaderKey<>("completions");
    static final LoaderKey<Long, Integer> COMPLETION_COUNT = new LoaderKey<>("completionCount");

    private final PersonRepository people;
    private final PeopleMutations mutations;

    public PeopleArea(PersonRepository people, PeopleMutations mutations) {
        this.people = requireNonNull(people, "people is null");
        this.mutations = requireNonNull(mutations, "mutations is null");
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestContext context) {
        long org = context.organizationId();
        PERSON.register(registry, ids -> people.byIds(context.dsl(), org, ids));
        REPORTS.register(registry, keys -> ParentQuery.batch(keys, (group, managerIds) ->
                people.reportsPerManager(context.dsl(), org, managerIds, group.page())));
        REPORT_COUNT.register(registry, ids -> people.reportCounts(context.dsl(), org, ids));
        COMPLETIONS.register(registry, keys -> ParentQuery.batch(keys, (group, personIds) ->
                people.completionsPerPerson(context.dsl(), org, personIds, group.page())));
        COMPLETION_COUNT.register(registry, ids -> people.completionCounts(context.dsl(), org, ids));
    }

    @Override
    public Map<String, BiFunction<RequestContext, Long, CompletableFuture<?>>> nodeLookups() {
        return Map.of("Person", (context, id) -> context.loader(PERSON).load(id));
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("person", PERSON.byGlobalId("Person"))
                .dataFetcher("people", this::peopleConnection));
        wiring.type("Person", type -> type
                .dataFetcher("manager", env -> {
                    Long managerId = env.<Person>getSource().managerId();
                    return managerId == null ? null : RequestContext.of(env).loader(PERSON).load(managerId);
                })
                .dataFetcher("reports", env -> {
                    long personId = env.<Person>getSource().id();
                    return RequestContext.of(env).loader(REPORTS).load(new ParentQuery<>(personId, PageRequest.from(env), null))
                            .thenApply(page -> new Connection<>(page,
                                    countEnv -> RequestContext.of(countEnv).loader(REPORT_COUNT).load(personId)));
                })
                .dataFetcher("completions", env -> {
                    long personId = env.<Person>getSource().id();
                    return RequestContext.of(env).loader(COMPLETIONS).load(new ParentQuery<>(personId, PageRequest.from(env), null))
                            .thenApply(page -> new Connection<>(page,
                                    countEnv -> RequestContext.of(countEnv).loader(COMPLETION_COUNT).load(personId)));
                }));
        wiring.type("Enrollment", type -> type
                .dataFetcher("person", env -> RequestContext.of(env).loader(PERSON).load(env.<Enrollment>getSource().personId())));
        wiring.type("Completion", type -> type
                .dataFetcher("person", env -> RequestContext.of(env).loader(PERSON).load(env.<Completion>getSource().personId()))
                .dataFetcher("module", env -> RequestContext.of(env).loader(ProgramArea.MODULE).load(env.<Completion>getSource().moduleId())));
        wiring.type("Mutation", type -> type
                .dataFetcher("upsertPeople", mutations::upsertPeople)
                .dataFetcher("recordCompletions", mutations::recordCompletions));
    }

    private Connection<Person> peopleConnection(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        PersonFilter filter = filter(env.getArgument("filter"));
        return new Connection<>(people.page(context.dsl(), context.organizationId(), filter, PageRequest.from(env)),
                ignored -> CompletableFuture.completedFuture(people.count(context.dsl(), context.organizationId(), filter)));
    }

    private static PersonFilter filter(Map<String, Object> argument) {
        if (argument == null) {
            return PersonFilter.NONE;
        }
        Object audience = argument.get("audience");
        Object managerId = argument.get("managerId");
        return new PersonFilter(
                audience == null ? null : Audience.valueOf(audience.toString()),
                (String) argument.get("department"),
                managerId == null ? null : GlobalId.decode(managerId.toString(), "Person"),
                (String) argument.get("search"),
                (String) argument.get("email"));
    }
}
