package dev.praxis.plugins.coursera;

import dev.praxis.spi.CatalogPage;
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
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CourseraContractTest extends PluginContractTest {
    private static final CourseraFixture COURSERA = new CourseraFixture();

    @AfterAll
    static void stop() {
        COURSERA.close();
    }

    @Override
    protected PraxisPlugin plugin() {
        return new CourseraPlugin();
    }

    @Override
    protected PluginSettings settings() {
        return PluginSettings.of(COURSERA.settings());
    }

    @Override
    protected PluginSettings failingSettings() {
        Map<String, String> wrong = new HashMap<>(COURSERA.settings());
        wrong.put("clientSecret", "wrong-secret");
        return PluginSettings.of(wrong);
    }

    @Override
    protected int expectedCatalogItems() {
        return CourseraFixture.CONTENTS;
    }

    @Override
    protected int expectedCompletionRecords() {
        return CourseraFixture.REPORTS;
    }

    @Test
    void readsContentsAndReportsAsTheApiShapesThem() {
        FastContext context = new FastContext();
        try (CourseraFixture fresh = new CourseraFixture();
             PluginSession session = plugin().open(PluginSettings.of(fresh.settings()), context)) {
            CatalogPage contents = session.catalogPage(null);
            assertThat(contents.items().getFirst().externalId()).isEqualTo("course-0");
            assertThat(contents.items().getFirst().duration()).isEqualTo(Duration.ofHours(1));
            assertThat(contents.items().getFirst().url().toString()).isEqualTo("https://www.coursera.org/learn/ai-course-0");
            CompletionPage reports = session.completionPage(null, null);
            assertThat(reports.records()).hasSize(50);
            assertThat(reports.total()).isNull();
            CompletionRecord first = reports.records().getFirst();
            assertThat(first.status()).isEqualTo(CompletionStatus.COMPLETED);
            assertThat(first.completedAt()).isEqualTo(Instant.ofEpochMilli(CourseraFixture.BASE + 86_400_000L));
            assertThat(first.learner().externalId()).as("an externalId that is the email is no external id").isNull();
            CompletionRecord second = reports.records().get(1);
            assertThat(second.status()).isEqualTo(CompletionStatus.IN_PROGRESS);
            assertThat(second.progress()).isEqualTo(7.0);
            assertThat(second.learner().externalId()).isEqualTo("E1");
        }
        assertThat(context.waits()).as("Retry-After of the 429").contains(Duration.ofSeconds(1));
    }
}
