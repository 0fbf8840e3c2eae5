package dev.praxis.plugins;

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
import dev.praxis.graphql.relay.Page;
import dev.praxis.graphql.relay.PageRequest;
import dev.praxis.graphql.relay.ParentQuery;
import dev.praxis.program.Module;
import dev.praxis.spi.PluginDescriptor;
import dev.praxis.spi.SettingSpec;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.reactivestreams.Publisher;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoaderRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import static java.util.Objects.requireNonNull;

/** Installed plugins, an organization's connections to them, their sync runs, catalog items and unmatched records. */
public final class PluginArea implements SchemaArea {
    static final LoaderKey<Long, PluginConnection> CONNECTION = new LoaderKey<>("pluginConnection");
    static final LoaderKey<Long, SyncRun> RUN = new LoaderKey<>("syncRun");
    static final LoaderKey<Long, SyncRun> LAST_RUN = new LoaderKey<>("lastSyncRun");
    static final LoaderKey<ParentQuery<Void>, Page<SyncRun>> RUNS = new LoaderKey<>("syncRuns");
    static final LoaderKey<Long, Integer> RUN_COUNT = new LoaderKey<>("syncRunCount");
    static final LoaderKey<Long, CatalogItem> ITEM = new LoaderKey<>("catalogItem");
    static final LoaderKey<ParentQuery<Void>, Page<CatalogItem>> ITEMS = new LoaderKey<>("catalogItems");
    static final LoaderKey<Long, Integer> ITEM_COUNT = new LoaderKey<>("catalogItemCount");
    static final LoaderKey<Long, CatalogItem> MODULE_ITEM = new LoaderKey<>("moduleCatalogItem");
    static final LoaderKey<ParentQuery<Void>, Page<UnmatchedRecord>> UNMATCHED = new LoaderKey<>("unmatchedRecords");
    static final LoaderKey<Long, Integer> UNMATCHED_COUNT = new LoaderKey<>("unmatchedRecordCount");
    static final LoaderKey<Long, int[]> RECORD_COUNTS = new LoaderKey<>("pluginRecordCounts");

    /** A setting's value as the API shows it. */
    record PluginSettingValue(String name, String value, boolean secret) {
    }

    private final PluginRegistry registry;
    private final SyncRepository repository;
    private final PluginMutations mutations;

    PluginArea(PluginRegistry registry, SyncRepository repository, PluginMutations mutations) {
        this.registry = requireNonNull(registry, "registry is null");
        this.repository = requireNonNull(repository, "repository is null");
        this.mutations = requireNonNull(mutations, "mutations is null");
    }

    @Override
    public void registerLoaders(DataLoaderRegistry loaders, RequestContext context) {
        long org = context.organizationId();
        CONNECTION.register(loaders, ids -> repository.connectionsByIds(context.dsl(), org, ids));
        RUN.register(loaders, ids -> repository.runsByIds(context.dsl(), org, ids));
        LAST_RUN.register(loaders, ids -> repository.lastRuns(context.dsl(), org, ids));
        RUNS.register(loaders, keys -> ParentQuery.batch(keys, (group, ids) -> repository.runPages(context.dsl(), org, ids, group.page())));
        RUN_COUNT.register(loaders, ids -> repository.runCounts(context.dsl(), org, ids));
        ITEM.register(loaders, ids -> repository.itemsByIds(context.dsl(), org, ids));
        ITEMS.register(loaders, keys -> ParentQuery.batch(keys, (group, ids) -> repository.itemPages(context.dsl(), org, ids, group.page())));
        ITEM_COUNT.register(loaders, ids -> repository.itemCounts(context.dsl(), org, ids));
        MODULE_ITEM.register(loaders, ids -> repository.itemsOfModules(context.dsl(), org, ids));
        UNMATCHED.register(loaders, keys -> ParentQuery.batch(keys, (group, ids) ->
                repository.unmatchedPages(context.dsl(), org, ids, group.page())));
        UNMATCHED_COUNT.register(loaders, ids -> repository.unmatchedCounts(context.dsl(), org, ids));
        RECORD_COUNTS.register(loaders, ids -> repository.recordCounts(context.dsl(), org, ids));
    }

    @Override
    public Map<String, BiFunction<RequestContext, Long, CompletableFuture<?>>> nodeLookups() {
        return Map.of(
                "PluginConnection", (context, id) -> context.loader(CONNECTION).load(id),
                "SyncRun", (context, id) -> context.loader(RUN).load(id),
                "CatalogItem", (context, id) -> context.loader(ITEM).load(id));
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("plugins", env -> registry.descriptors())
                .dataFetcher("pluginConnections", env -> {
                    RequestContext context = RequestContext.of(env);
                    return repository.connections(context.dsl(), context.organizationId());
                })
                .dataFetcher("syncRun", RUN.byGlobalId("SyncRun")));
        wiring.type("PluginDescriptor", type -> type
                .dataFetcher("capabilities", env -> env.<PluginDescriptor>getSource().capabilities().stream().map(Enum::name).sorted().toList())
                .dataFetcher("category", env -> env.<PluginDescriptor>getSource().category().name()));
        wiring.type("PluginConnection", type -> type
                .dataFetcher("plugin", env -> descriptor(env.<PluginConnection>getSource()))
                .dataFetcher("settings", env -> settings(env.<PluginConnection>getSource()))
                .dataFetcher("lastRun", env -> RequestContext.of(env).loader(LAST_RUN).load(env.<PluginConnection>getSource().id()))
                .dataFetcher("runs", nested(RUNS, RUN_COUNT))
                .dataFetcher("catalogItems", nested(ITEMS, ITEM_COUNT))
                .dataFetcher("unmatchedRecords", nested(UNMATCHED, UNMATCHED_COUNT))
                .dataFetcher("recordCount", env -> RequestContext.of(env).loader(RECORD_COUNTS)
                        .load(env.<PluginConnection>getSource().id()).thenApply(counts -> counts[0]))
                .dataFetcher("matchedRecordCount", env -> RequestContext.of(env).loader(RECORD_COUNTS)
                        .load(env.<PluginConnection>getSource().id()).thenApply(counts -> counts[1])));
        wiring.type("SyncRun", type -> type
                .dataFetcher("connection", env -> RequestContext.of(env).loader(CONNECTION).load(env.<SyncRun>getSource().connectionId())));
        wiring.type("CatalogItem", type -> type
                .dataFetcher("connection", env -> RequestContext.of(env).loader(CONNECTION).load(env.<CatalogItem>getSource().connectionId())));
        wiring.type("Completion", type -> type
                .dataFetcher("catalogItem", env -> {
                    Long moduleId = env.<dev.praxis.people.Completion>getSource().moduleId();
                    return moduleId == null ? null : RequestContext.of(env).loader(MODULE_ITEM).load(moduleId);
                }));
        wiring.type("Module", type -> type
                .dataFetcher("catalogItem", env -> RequestContext.of(env).loader(MODULE_ITEM).load(env.<Module>getSource().id())));
        wiring.type("Subscription", type -> type.dataFetcher("syncRunUpdated", this::syncRunUpdated));
        wiring.type("Mutation", type -> type
                .dataFetcher("configurePluginConnection", mutations::configure)
                .dataFetcher("startSync", mutations::startSync)
                .dataFetcher("linkCatalogItem", mutations::linkCatalogItem));
    }

    /**
     * The run's current state at once, then every change (status, pages, counts), coalescing changes
     * that come faster than the client reads; completes after the run has SUCCEEDED or FAILED.
     */
    private Publisher<SyncRun> syncRunUpdated(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        long id = GlobalId.decode(env.getArgument("id"), "SyncRun");
        if (Subscriptions.read(context, RUN, id) == null) {
            throw new ApiException(ErrorCode.NOT_FOUND, "no sync run with this id");
        }
        SyncRun[] last = new SyncRun[1];
        return Subscriptions.stream(env, event -> event instanceof DomainEvent.SyncRunChanged changed && changed.runId() == id,
                event -> {
                    SyncRun run = Subscriptions.read(context, RUN, id);
                    if (run == null) {
                        return new EventStream.Emission<>(List.of(), true);
                    }
                    boolean finished = run.status() == SyncStatus.SUCCEEDED || run.status() == SyncStatus.FAILED;
                    if (run.equals(last[0])) {
                        return new EventStream.Emission<>(List.of(), finished);
                    }
                    last[0] = run;
                    return new EventStream.Emission<>(List.of(run), finished);
                });
    }

    private PluginDescriptor descriptor(PluginConnection connection) {
        return registry.plugin(connection.pluginId()).map(PluginRegistry.Installed::descriptor)
                .orElseThrow(() -> new IllegalStateException("plugin " + connection.pluginId() + " is no longer installed"));
    }

    private List<PluginSettingValue> settings(PluginConnection connection) {
        List<PluginSettingValue> values = new ArrayList<>();
        for (SettingSpec spec : descriptor(connection).settings()) {
            if (spec.secret()) {
                values.add(new PluginSettingValue(spec.name(), connection.secretNames().contains(spec.name()) ? Connections.MASK : null, true));
            } else {
                values.add(new PluginSettingValue(spec.name(), connection.settings().get(spec.name()), false));
            }
        }
        return values;
    }

    private static <T extends dev.praxis.graphql.relay.Identified> DataFetcher<CompletableFuture<Connection<T>>> nested(
            LoaderKey<ParentQuery<Void>, Page<T>> pages, LoaderKey<Long, Integer> counts) {
        return env -> {
            long id = env.<PluginConnection>getSource().id();
            return RequestContext.of(env).loader(pages).load(new ParentQuery<>(id, PageRequest.from(env), null))
                    .thenApply(page -> new Connection<>(page, countEnv -> RequestContext.of(countEnv).loader(counts).load(id)));
        };
    }
}
