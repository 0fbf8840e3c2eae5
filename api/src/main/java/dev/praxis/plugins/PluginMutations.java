package dev.praxis.plugins;

import dev.praxis.cohort.CohortRepository;
import dev.praxis.graphql.GlobalId;
import dev.praxis.graphql.Inputs;
import dev.praxis.graphql.RequestContext;
import dev.praxis.graphql.UserError;
import dev.praxis.graphql.UserErrors;
import dev.praxis.program.Module;
import dev.praxis.program.ProgramRepository;
import dev.praxis.spi.PluginSettings;
import dev.praxis.spi.SettingProblem;
import graphql.schema.DataFetchingEnvironment;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.praxis.db.Tables.EXTERNAL_COMPLETION;
import static dev.praxis.graphql.UserErrors.path;
import static java.util.Objects.requireNonNull;

/** configurePluginConnection, startSync and linkCatalogItem. */
final class PluginMutations {
    record ConfigurePluginConnectionPayload(PluginConnection connection, List<UserError> userErrors) {
    }

    record StartSyncPayload(SyncRun run, List<UserError> userErrors) {
    }

    record LinkCatalogItemPayload(Module module, List<UserError> userErrors) {
    }

    private final PluginRegistry registry;
    private final Connections connections;
    private final SyncRepository repository;
    private final SyncEngine engine;
    private final ProgramRepository programs;
    private final CohortRepository cohorts;

    PluginMutations(PluginRegistry registry, Connections connections, SyncRepository repository, SyncEngine engine,
                    ProgramRepository programs, CohortRepository cohorts) {
        this.registry = requireNonNull(registry, "registry is null");
        this.connections = requireNonNull(connections, "connections is null");
        this.repository = requireNonNull(repository, "repository is null");
        this.engine = requireNonNull(engine, "engine is null");
        this.programs = requireNonNull(programs, "programs is null");
        this.cohorts = requireNonNull(cohorts, "cohorts is null");
    }

    ConfigurePluginConnectionPayload configure(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        long org = context.organizationId();
        Inputs input = Inputs.of(env);
        UserErrors errors = new UserErrors();
        String pluginId = input.get("pluginId");
        PluginRegistry.Installed plugin = registry.plugin(pluginId).orElse(null);
        if (plugin == null) {
            errors.add(path("input", "pluginId"), UserErrors.NOT_FOUND, "no plugin '" + pluginId + "' is installed");
        }
        String name = errors.requiredText(path("input", "name"), input.get("name"), 200);
        String schedule = errors.optionalText(path("input", "schedule"), input.get("schedule"), 40);
        if (schedule != null) {
            try {
                Schedules.parse(schedule);
            } catch (IllegalArgumentException e) {
                errors.add(path("input", "schedule"), UserErrors.INVALID, e.getMessage());
            }
        }
        Map<String, String> given = new HashMap<>();
        List<Inputs> settings = input.list("settings");
        for (int i = 0; i < settings.size(); i++) {
            String settingName = settings.get(i).get("name");
            if (given.put(settingName, settings.get(i).get("value")) != null) {
                errors.add(path("input", "settings", i, "name"), UserErrors.DUPLICATE, "is given twice");
            } else if (plugin != null && plugin.descriptor().setting(settingName) == null) {
                errors.add(path("input", "settings", i, "name"), UserErrors.INVALID, "is not a setting of " + pluginId);
            } else if (settings.get(i).<String>get("value").length() > 4000) {
                errors.add(path("input", "settings", i, "value"), UserErrors.TOO_LONG, "must be at most 4000 characters");
            }
        }
        if (!errors.isEmpty()) {
            return new ConfigurePluginConnectionPayload(null, errors.list());
        }
        SyncRepository.StoredConnection existing = repository.storedByName(context.dsl(), org, name);
        Map<String, String> previous = existing == null || !existing.connection().pluginId().equals(pluginId)
                ? Map.of() : existing.sealedSecrets();
        Connections.Split split = connections.split(org, name, plugin.descriptor(), given, previous);
        PluginSettings preview;
        try {
            preview = connections.preview(org, name, split);
        } catch (IllegalStateException e) {
            errors.add(path("input", "settings"), UserErrors.INVALID, e.getMessage());
            return new ConfigurePluginConnectionPayload(null, errors.list());
        }
        List<SettingProblem> problems;
        try {
            problems = engine.validate(plugin, preview);
        } catch (RuntimeException e) {
            problems = List.of(new SettingProblem("settings", "the plugin could not check the settings: " + e.getMessage()));
        }
        for (SettingProblem problem : problems) {
            int index = indexOf(settings, problem.setting());
            errors.add(index < 0 ? path("input", "settings") : path("input", "settings", index, "value"),
                    index < 0 && plugin.descriptor().setting(problem.setting()) != null
                            && plugin.descriptor().setting(problem.setting()).required() ? UserErrors.REQUIRED : UserErrors.INVALID,
                    problem.message());
        }
        if (!errors.isEmpty()) {
            return new ConfigurePluginConnectionPayload(null, errors.list());
        }
        LocalDateTime now = context.now();
        long id = context.dsl().transactionResult(tx -> repository.saveConnection(tx.dsl(), org, pluginId, name, split.plain(),
                split.sealed(), schedule, now));
        return new ConfigurePluginConnectionPayload(repository.connectionsByIds(context.dsl(), org, List.of(id)).get(id), List.of());
    }

    StartSyncPayload startSync(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        long org = context.organizationId();
        UserErrors errors = new UserErrors();
        PluginConnection connection = errors.existing(path("input", "connectionId"), Inputs.of(env).get("connectionId"),
                "PluginConnection", id -> repository.connectionsByIds(context.dsl(), org, List.of(id)).get(id));
        if (connection != null) {
            SyncRun last = repository.lastRuns(context.dsl(), org, List.of(connection.id())).get(connection.id());
            if (last != null && (last.status() == SyncStatus.QUEUED || last.status() == SyncStatus.RUNNING)) {
                errors.add(path("input", "connectionId"), UserErrors.CONFLICT, "a run of this connection is already "
                        + last.status().name().toLowerCase() + " (" + GlobalId.encode("SyncRun", last.id()) + ")");
            }
        }
        if (!errors.isEmpty()) {
            return new StartSyncPayload(null, errors.list());
        }
        return new StartSyncPayload(engine.start(org, connection.id(), "API"), List.of());
    }

    LinkCatalogItemPayload linkCatalogItem(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        long org = context.organizationId();
        Inputs input = Inputs.of(env);
        UserErrors errors = new UserErrors();
        Long moduleId = errors.id(path("input", "moduleId"), input.get("moduleId"), "Module");
        Long itemId = input.get("catalogItemId") == null ? null
                : errors.id(path("input", "catalogItemId"), input.get("catalogItemId"), "CatalogItem");
        if (moduleId != null && programs.modulesById(context.dsl(), org, List.of(moduleId)).isEmpty()) {
            errors.add(path("input", "moduleId"), UserErrors.NOT_FOUND, "no such module");
        }
        if (itemId != null && repository.itemsByIds(context.dsl(), org, List.of(itemId)).isEmpty()) {
            errors.add(path("input", "catalogItemId"), UserErrors.NOT_FOUND, "no such catalog item");
        }
        if (!errors.isEmpty()) {
            return new LinkCatalogItemPayload(null, errors.list());
        }
        LocalDateTime now = context.now();
        context.dsl().transaction(tx -> {
            repository.linkModule(tx.dsl(), org, moduleId, itemId);
            if (itemId != null) {
                List<Long> people = repository.recordModuleCompletions(tx.dsl(), org, EXTERNAL_COMPLETION.CATALOG_ITEM_ID.eq(itemId), now);
                cohorts.refreshProgress(tx.dsl(), org, people);
            }
        });
        return new LinkCatalogItemPayload(programs.modulesById(context.dsl(), org, List.of(moduleId)).get(moduleId), List.of());
    }

    private static int indexOf(List<Inputs> settings, String name) {
        for (int i = 0; i < settings.size(); i++) {
            if (name.equals(settings.get(i).get("name"))) {
                return i;
            }
        }
        return -1;
    }
}
