package dev.praxis.measurement;

import dev.praxis.framework.Audience;
import dev.praxis.graphql.Inputs;
import dev.praxis.graphql.RequestContext;
import dev.praxis.graphql.UserError;
import dev.praxis.graphql.UserErrors;
import dev.praxis.program.Module;
import dev.praxis.program.Program;
import dev.praxis.program.ProgramRepository;
import dev.praxis.program.Track;
import graphql.schema.DataFetchingEnvironment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static dev.praxis.graphql.UserErrors.path;
import static java.util.Objects.requireNonNull;

/** defineTargetBehaviors: three to five behaviours per program, replacing the whole set at once. */
public final class TargetBehaviorMutations {
    public record DefineTargetBehaviorsPayload(Program program, List<TargetBehavior> targetBehaviors, List<UserError> userErrors) {
    }

    public static final int MIN_TARGETS = 3;
    public static final int MAX_TARGETS = 5;

    private final MeasurementStore store;
    private final MeasurementRepository measurements;
    private final ProgramRepository programs;

    public TargetBehaviorMutations(MeasurementStore store, MeasurementRepository measurements, ProgramRepository programs) {
        this.store = requireNonNull(store, "store is null");
        this.measurements = requireNonNull(measurements, "measurements is null");
        this.programs = requireNonNull(programs, "programs is null");
    }

    DefineTargetBehaviorsPayload defineTargetBehaviors(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        long org = context.organizationId();
        Inputs input = Inputs.of(env);
        UserErrors errors = new UserErrors();
        Program program = errors.existing(path("input", "programId"), input.get("programId"), "Program",
                id -> programs.programsById(context.dsl(), org, List.of(id)).get(id));
        List<Inputs> behaviors = input.list("behaviors");
        if (behaviors.size() < MIN_TARGETS || behaviors.size() > MAX_TARGETS) {
            errors.add(path("input", "behaviors"), UserErrors.OUT_OF_RANGE,
                    "a program defines " + MIN_TARGETS + " to " + MAX_TARGETS + " target behaviours, got " + behaviors.size());
        }
        List<Long> moduleIds = new ArrayList<>();
        for (int i = 0; i < behaviors.size(); i++) {
            String moduleId = behaviors.get(i).get("moduleId");
            moduleIds.add(moduleId == null ? null : errors.id(path("input", "behaviors", i, "moduleId"), moduleId, "Module"));
        }
        Map<Long, Module> modules = programs.modulesById(context.dsl(), org, moduleIds.stream().filter(Objects::nonNull).distinct().toList());
        Map<Long, Track> tracks = programs.tracksById(context.dsl(), org, modules.values().stream().map(Module::trackId).distinct().toList());
        List<MeasurementStore.TargetRow> rows = new ArrayList<>();
        for (int i = 0; i < behaviors.size(); i++) {
            Inputs behavior = behaviors.get(i);
            String description = errors.requiredText(path("input", "behaviors", i, "description"), behavior.get("description"), 500);
            String measure = errors.requiredText(path("input", "behaviors", i, "measure"), behavior.get("measure"), 500);
            Double target = behavior.get("target");
            if (target != null && (!Double.isFinite(target) || target < 0 || target > 1)) {
                errors.add(path("input", "behaviors", i, "target"), UserErrors.OUT_OF_RANGE, "is a share between 0 and 1");
            }
            TargetMetric metric = behavior.enumValue("metric", TargetMetric.class);
            Audience audience = behavior.enumValue("audience", Audience.class);
            Long moduleId = moduleIds.get(i);
            Module module = moduleId == null ? null : modules.get(moduleId);
            if (moduleId != null && (module == null || (program != null && tracks.get(module.trackId()).programId() != program.id()))) {
                errors.add(path("input", "behaviors", i, "moduleId"), UserErrors.NOT_FOUND, "no such module in this program");
            }
            if (metric == TargetMetric.MODULE_CITED_SHARE && behavior.get("moduleId") == null) {
                errors.add(path("input", "behaviors", i, "moduleId"), UserErrors.REQUIRED, "MODULE_CITED_SHARE needs the module");
            }
            if (audience != null && metric != TargetMetric.CONCRETE_SHARE) {
                errors.add(path("input", "behaviors", i, "audience"), UserErrors.INVALID, "only a CONCRETE_SHARE target takes an audience");
            }
            rows.add(new MeasurementStore.TargetRow(description, measure, target, metric, audience, moduleId));
        }
        if (!errors.isEmpty()) {
            return new DefineTargetBehaviorsPayload(null, List.of(), errors.list());
        }
        context.dsl().transaction(tx -> store.replaceTargets(tx.dsl(), org, program.id(), rows,
                context.now()));
        return new DefineTargetBehaviorsPayload(program,
                measurements.targetBehaviors(context.dsl(), org, List.of(program.id())).getOrDefault(program.id(), List.of()), List.of());
    }
}
