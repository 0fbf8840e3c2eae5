package dev.praxis.spi.testkit;

import dev.praxis.spi.Capability;
import dev.praxis.spi.CatalogItem;
import dev.praxis.spi.CatalogPage;
import dev.praxis.spi.CompletionPage;
import dev.praxis.spi.CompletionRecord;
import dev.praxis.spi.PluginDescriptor;
import dev.praxis.spi.PluginException;
import dev.praxis.spi.PluginSession;
import dev.praxis.spi.PluginSettings;
import dev.praxis.spi.PraxisPlugin;
import dev.praxis.spi.SettingProblem;
import dev.praxis.spi.SettingSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The contract every plugin keeps, run against the plugin's own fixture server. A plugin's test
 * extends this class, starts its fixture (for example in a static initializer or {@code @BeforeAll})
 * and answers the abstract methods; every test here then runs for that plugin.
 */
public abstract class PluginContractTest {
    private static final int MAX_PAGES = 100_000;

    /** The plugin under test, created as the host would (public no-argument constructor). */
    protected abstract PraxisPlugin plugin();

    /** Working settings pointing at the fixture server. */
    protected abstract PluginSettings settings();

    /** Settings the vendor (fixture) refuses or that cannot work, e.g. wrong credentials or a missing file. */
    protected abstract PluginSettings failingSettings();

    /** How many distinct catalog items the fixture serves (ignored without {@link Capability#CATALOG}). */
    protected abstract int expectedCatalogItems();

    /** How many distinct completion records the fixture serves (ignored without {@link Capability#COMPLETIONS}). */
    protected abstract int expectedCompletionRecords();

    /** The context sessions get; by default one that does not really sleep. */
    protected FastContext context() {
        return new FastContext();
    }

    @Test
    void isFoundThroughServiceLoader() {
        Set<String> found = new HashSet<>();
        ServiceLoader.load(PraxisPlugin.class, plugin().getClass().getClassLoader())
                .forEach(plugin -> found.add(plugin.getClass().getName()));
        assertThat(found).as("META-INF/services/dev.praxis.spi.PraxisPlugin").contains(plugin().getClass().getName());
    }

    @Test
    void describesItself() {
        PluginDescriptor descriptor = plugin().descriptor();
        assertThat(descriptor.name()).isNotBlank();
        assertThat(descriptor.version()).isNotBlank();
        assertThat(descriptor.capabilities()).isNotEmpty();
        assertThat(descriptor.settings()).allSatisfy(setting -> assertThat(setting.description()).isNotBlank());
        assertThat(plugin().descriptor()).isEqualTo(descriptor);
    }

    @Test
    void validatesSettings() {
        PraxisPlugin plugin = plugin();
        assertThat(plugin.validate(settings())).isEmpty();
        List<String> required = plugin.descriptor().settings().stream().filter(SettingSpec::required).map(SettingSpec::name).toList();
        assertThat(plugin.validate(PluginSettings.of(Map.of())).stream().map(SettingProblem::setting))
                .containsAll(required);
        Map<String, String> withUnknown = new HashMap<>();
        settings().names().forEach(name -> withUnknown.put(name, settings().get(name).orElseThrow()));
        withUnknown.put("noSuchSetting", "x");
        assertThat(plugin.validate(PluginSettings.of(withUnknown))).extracting(SettingProblem::setting).contains("noSuchSetting");
    }

    @Test
    void pagesThroughTheWholeCatalogWithStableIds() {
        assumeThat(plugin().descriptor().capabilities()).contains(Capability.CATALOG);
        List<String> first = catalogIds();
        assertThat(new HashSet<>(first)).as("catalog ids are unique").hasSize(first.size());
        assertThat(first).hasSize(expectedCatalogItems());
        assertThat(catalogIds()).as("a second read gives the same ids").containsExactlyInAnyOrderElementsOf(first);
    }

    @Test
    void pagesThroughEveryCompletionRecordWithStableIds() {
        assumeThat(plugin().descriptor().capabilities()).contains(Capability.COMPLETIONS);
        Read first = readCompletions(null, Integer.MAX_VALUE);
        assertThat(first.pages).as("the fixture must make the plugin page").isGreaterThan(1);
        assertThat(first.ids).hasSize(expectedCompletionRecords());
        assertThat(first.watermark).as("a full read ends with a watermark").isNotNull();
        assertThat(readCompletions(null, Integer.MAX_VALUE).ids).as("a second read gives the same ids")
                .containsExactlyInAnyOrderElementsOf(first.ids);
    }

    @Test
    void resumesFromAWatermark() {
        assumeThat(plugin().descriptor().capabilities()).contains(Capability.COMPLETIONS);
        Read all = readCompletions(null, Integer.MAX_VALUE);
        Read firstPage = readCompletions(null, 1);
        Read rest = readCompletions(firstPage.watermark, Integer.MAX_VALUE);
        Set<String> union = new LinkedHashSet<>(firstPage.ids);
        union.addAll(rest.ids);
        assertThat(union).as("first page + resumed from its watermark = everything").containsExactlyInAnyOrderElementsOf(all.ids);
        assertThat(rest.ids.size()).as("resuming does not start over").isLessThan(all.ids.size());
        Read afterAll = readCompletions(all.watermark, Integer.MAX_VALUE);
        assertThat(afterAll.ids).as("nothing new after the final watermark").isEmpty();
    }

    @Test
    void reportsFailuresAsPluginExceptionsWithoutSecrets() {
        PraxisPlugin plugin = plugin();
        PluginSettings failing = failingSettings();
        Capability capability = plugin.descriptor().capabilities().contains(Capability.COMPLETIONS)
                ? Capability.COMPLETIONS : Capability.CATALOG;
        assertThatThrownBy(() -> {
            try (PluginSession session = plugin.open(failing, context())) {
                if (capability == Capability.COMPLETIONS) {
                    session.completionPage(null, null);
                } else {
                    session.catalogPage(null);
                }
            }
        }).isInstanceOf(PluginException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).isNotBlank();
                    for (SettingSpec spec : plugin.descriptor().settings()) {
                        if (spec.secret()) {
                            failing.get(spec.name()).ifPresent(secret -> assertThat(e.getMessage()).doesNotContain(secret));
                            settings().get(spec.name()).ifPresent(secret -> assertThat(e.getMessage()).doesNotContain(secret));
                        }
                    }
                });
    }

    private List<String> catalogIds() {
        List<String> ids = new ArrayList<>();
        try (PluginSession session = plugin().open(settings(), context())) {
            String cursor = null;
            for (int page = 0; page < MAX_PAGES; page++) {
                CatalogPage result = session.catalogPage(cursor);
                assertThat(result).as("a page, never null").isNotNull();
                result.items().stream().map(CatalogItem::externalId).forEach(ids::add);
                if (result.isLast()) {
                    return ids;
                }
                assertThat(result.nextCursor()).as("the cursor moves").isNotEqualTo(cursor);
                cursor = result.nextCursor();
            }
        }
        throw new AssertionError("catalog did not end after " + MAX_PAGES + " pages");
    }

    /** What a read of completion pages saw. */
    protected record Read(List<String> ids, int pages, String watermark) {
    }

    /** Reads completion pages from {@code watermark}, at most {@code maxPages}. */
    protected Read readCompletions(String watermark, int maxPages) {
        List<String> ids = new ArrayList<>();
        Set<String> distinct = new LinkedHashSet<>();
        String latest = watermark;
        int pages = 0;
        try (PluginSession session = plugin().open(settings(), context())) {
            String cursor = null;
            while (pages < Math.min(maxPages, MAX_PAGES)) {
                CompletionPage page = session.completionPage(watermark, cursor);
                assertThat(page).as("a page, never null").isNotNull();
                pages++;
                page.records().stream().map(CompletionRecord::externalRecordId).forEach(ids::add);
                if (page.watermark() != null) {
                    latest = page.watermark();
                }
                if (page.isLast()) {
                    break;
                }
                assertThat(page.nextCursor()).as("the cursor moves").isNotEqualTo(cursor);
                cursor = page.nextCursor();
            }
        }
        distinct.addAll(ids);
        return new Read(List.copyOf(distinct), pages, latest);
    }
}
