package dev.praxis.plugins.customlms;

import dev.praxis.spi.CompletionPage;
import dev.praxis.spi.CompletionRecord;
import dev.praxis.spi.CompletionStatus;
import dev.praxis.spi.PluginSession;
import dev.praxis.spi.PluginSettings;
import dev.praxis.spi.PraxisPlugin;
import dev.praxis.spi.testkit.FastContext;
import dev.praxis.spi.testkit.PluginContractTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The custom-LMS plugin's CSV import (for an LMS without xAPI), from a folder of exports. */
class CustomLmsCsvContractTest extends PluginContractTest {
    private static final Path FOLDER = exports();

    private static Path exports() {
        try {
            Path folder = Files.createTempDirectory("custom-lms-csv");
            StringBuilder csv = new StringBuilder("email,employee_id,course_id,course_title,status,progress,score,completed_at,minutes_spent\n");
            for (int i = 0; i < 120; i++) {
                csv.append("learner").append(i % 30).append("@example.com,").append(i % 3 == 0 ? "E" + (i % 30) : "")
                        .append(",lms-").append(i / 30).append(",\"Course ").append(i / 30).append("\",")
                        .append(i % 2 == 0 ? "completed" : "in progress").append(',').append(i % 2 == 0 ? "" : "50")
                        .append(',').append(i % 2 == 0 ? "88" : "").append(',').append(i % 2 == 0 ? "2026-03-0" + (1 + i % 9) + "T10:00:00Z" : "")
                        .append(",45\n");
            }
            Files.writeString(folder.resolve("lms-export-1.csv"), csv);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected PraxisPlugin plugin() {
        return new CustomLmsPlugin();
    }

    @Override
    protected PluginSettings settings() {
        return PluginSettings.of(Map.of("csvFolder", FOLDER.toString(), "pageSize", "25"));
    }

    @Override
    protected PluginSettings failingSettings() {
        return PluginSettings.of(Map.of("csvFolder", FOLDER.toString(), "columnMapping", "itemId=Course Code"));
    }

    @Override
    protected int expectedCatalogItems() {
        return 4;
    }

    @Override
    protected int expectedCompletionRecords() {
        return 120;
    }

    @Test
    void readsTheDefaultColumns() {
        try (PluginSession session = plugin().open(settings(), new FastContext())) {
            CompletionPage page = session.completionPage(null, null);
            CompletionRecord first = page.records().getFirst();
            assertThat(first.externalRecordId()).isEqualTo("lms-0|E0");
            assertThat(first.learner().externalId()).isEqualTo("E0");
            assertThat(first.status()).isEqualTo(CompletionStatus.COMPLETED);
            assertThat(first.score()).isEqualTo(88.0);
            assertThat(first.completedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
            assertThat(first.timeSpent()).isEqualTo(Duration.ofMinutes(45));
            assertThat(page.records().get(1).progress()).isEqualTo(50.0);
        }
    }
}
