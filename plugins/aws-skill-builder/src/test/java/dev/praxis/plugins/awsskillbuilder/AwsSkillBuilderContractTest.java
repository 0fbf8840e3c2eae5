package dev.praxis.plugins.awsskillbuilder;

import dev.praxis.spi.CompletionPage;
import dev.praxis.spi.CompletionRecord;
import dev.praxis.spi.CompletionStatus;
import dev.praxis.spi.PluginSession;
import dev.praxis.spi.PluginSettings;
import dev.praxis.spi.PraxisPlugin;
import dev.praxis.spi.testkit.FastContext;
import dev.praxis.spi.testkit.PluginContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AwsSkillBuilderContractTest extends PluginContractTest {
    private static final SkillBuilderExports EXPORTS = new SkillBuilderExports();

    @AfterAll
    static void stop() {
        EXPORTS.close();
    }

    @Override
    protected PraxisPlugin plugin() {
        return new AwsSkillBuilderPlugin();
    }

    @Override
    protected PluginSettings settings() {
        return PluginSettings.of(Map.of("csvFolder", EXPORTS.folder().toString(), "pageSize", "50"));
    }

    @Override
    protected PluginSettings failingSettings() {
        return PluginSettings.of(Map.of("csvFolder", EXPORTS.folder().resolve("missing").toString()));
    }

    @Override
    protected int expectedCatalogItems() {
        return SkillBuilderExports.COURSES;
    }

    @Override
    protected int expectedCompletionRecords() {
        // each row is a (course, learner) pair of its own; one row is unreadable
        return SkillBuilderExports.ROWS;
    }

    @Test
    void readsTheAssumedColumnsAndRejectsAnUnreadableRow() {
        FastContext context = new FastContext();
        try (PluginSession session = plugin().open(settings(), context)) {
            CompletionPage page = session.completionPage(null, null);
            CompletionRecord first = page.records().getFirst();
            assertThat(first.externalRecordId()).isEqualTo("sb-0|learner0@example.com");
            assertThat(first.status()).isEqualTo(CompletionStatus.COMPLETED);
            assertThat(first.completedAt()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
            assertThat(first.itemTitle()).isEqualTo("AWS Cloud Practitioner Essentials 0");
            assertThat(page.records().get(2).status()).as("Not Started").isEqualTo(CompletionStatus.IN_PROGRESS);
            while (!page.isLast()) {
                page = session.completionPage(null, page.nextCursor());
            }
            assertThat(session.catalogPage(null).items().getFirst().duration()).isEqualTo(Duration.ofMinutes(30));
        }
        assertThat(context.logs()).containsExactly("rejected: aws-skill-builder: skillbuilder-2026-11.csv line 22: unknown status 'Paused?'");
    }

    @Test
    void readsAnExportFromAUrlAfterA503AndAgainOnlyWhenItChanges() {
        FastContext context = new FastContext();
        PluginSettings url = PluginSettings.of(Map.of("csvUrl", EXPORTS.url()));
        String watermark;
        try (PluginSession session = plugin().open(url, context)) {
            CompletionPage page = session.completionPage(null, null);
            assertThat(page.records()).hasSize(59);
            assertThat(page.isLast()).isTrue();
            watermark = page.watermark();
        }
        assertThat(context.waits()).isNotEmpty();
        try (PluginSession session = plugin().open(url, context)) {
            assertThat(session.completionPage(watermark, null).records()).isEmpty();
        }
    }

    @Test
    void aColumnMappingRenamesColumns() {
        assertThat(plugin().validate(PluginSettings.of(Map.of("csvFolder", "/x", "columnMapping", "learnerEmail=Email,nonsense=X"))))
                .anySatisfy(problem -> assertThat(problem.message()).contains("unknown field 'nonsense'"));
        assertThat(AwsSkillBuilderPlugin.DEFAULT_COLUMNS.withOverrides("learnerEmail=Email, itemId=Course ID")
                .column(dev.praxis.plugins.toolkit.CsvColumns.Field.ITEM_ID)).isEqualTo("Course ID");
    }
}
