package dev.praxis.diagnostics;

import dev.praxis.graphql.LoaderKey;
import dev.praxis.graphql.RequestContext;
import dev.praxis.graphql.SchemaArea;
import dev.praxis.program.Budget;
import dev.praxis.program.Program;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoaderRegistry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/** Program.diagnostics (the six failure modes) and the Budget's behaviour-change figures. */
public final class DiagnosticsArea implements SchemaArea {
    static final LoaderKey<Long, List<Diagnosis>> DIAGNOSES = new LoaderKey<>("diagnoses");
    static final LoaderKey<Long, BehaviorEvidence> BEHAVIOR = new LoaderKey<>("behaviorEvidence");

    private final DiagnosticsRepository repository;
    private final BehaviorEvidenceSource behavior;

    public DiagnosticsArea(DiagnosticsRepository repository, BehaviorEvidenceSource behavior) {
        this.repository = requireNonNull(repository, "repository is null");
        this.behavior = requireNonNull(behavior, "behavior is null");
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestContext context) {
        long org = context.organizationId();
        BEHAVIOR.register(registry, ids -> behavior.forPrograms(context.dsl(), org, ids), BehaviorEvidence.unavailable());
        DIAGNOSES.register(registry, ids -> {
            Map<Long, List<Diagnosis>> result = new HashMap<>();
            repository.facts(context.dsl(), org, ids, context.today(), behavior.forPrograms(context.dsl(), org, ids))
                    .forEach((programId, facts) -> result.put(programId, FailureModeRules.all(facts)));
            return result;
        });
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Program", type -> type
                .dataFetcher("diagnostics", env -> RequestContext.of(env).loader(DIAGNOSES).load(env.<Program>getSource().id())));
        wiring.type("Budget", type -> type
                .dataFetcher("participantsWithoutBehaviorChange", env -> RequestContext.of(env).loader(BEHAVIOR)
                        .load(env.<Budget>getSource().programId()).thenApply(BehaviorEvidence::withoutConcreteApplication))
                .dataFetcher("spendWithoutBehaviorChange", env -> RequestContext.of(env).loader(BEHAVIOR)
                        .load(env.<Budget>getSource().programId()).thenApply(evidence -> {
                            Integer people = evidence.withoutConcreteApplication();
                            return people == null ? null : env.<Budget>getSource().costOf(people);
                        })));
    }
}
