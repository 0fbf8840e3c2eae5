package dev.praxis.plugins.customlms;

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
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CustomLmsXapiContractTest extends PluginContractTest {
    private static final XapiFixture LRS = XapiFixture.small();

    @AfterAll
    static void stop() {
        LRS.close();
    }

    @Override
    protected PraxisPlugin plugin() {
        return new CustomLmsPlugin();
    }

    @Override
    protected PluginSettings settings() {
        return PluginSettings.of(LRS.settings());
    }

    @Override
    protected PluginSettings failingSettings() {
        Map<String, String> wrong = new HashMap<>(LRS.settings());
        wrong.put("clientSecret", "not-the-secret");
        return PluginSettings.of(wrong);
    }

    @Override
    protected int expectedCatalogItems() {
        return 0;
    }

    @Override
    protected int expectedCompletionRecords() {
        return 2_500;
    }

    @Test
    void readsStatementsAsRecordsAndSurvives401And429And5xx() {
        FastContext context = new FastContext();
        int tokensBefore = LRS.tokensIssued();
        try (PluginSession session = plugin().open(settings(), context)) {
            CompletionPage page = session.completionPage(null, null);
            assertThat(page.records()).hasSize(1000);
            CompletionRecord first = page.records().getFirst();
            assertThat(first.externalRecordId()).isEqualTo(XapiFixture.statementId(0));
            assertThat(first.learner().email()).isEqualTo("learner0@example.com");
            assertThat(first.status()).isEqualTo(CompletionStatus.IN_PROGRESS);
            assertThat(first.itemExternalId()).isEqualTo("https://lms.example.com/courses/0");
            assertThat(first.itemTitle()).isEqualTo("Course 0");
            assertThat(first.timeSpent()).isEqualTo(Duration.ofMinutes(10));
            CompletionRecord byAccount = page.records().get(9);
            assertThat(byAccount.learner().accountName()).isEqualTo("emp-9");
            assertThat(byAccount.learner().accountHomePage()).isEqualTo("https://lms.example.com");
            CompletionRecord completed = page.records().get(40);
            assertThat(completed.status()).isEqualTo(CompletionStatus.COMPLETED);
            assertThat(completed.completedAt()).isEqualTo(XapiFixture.BASE.plusSeconds(40 - 30));
            assertThat(page.watermark()).isEqualTo(XapiFixture.BASE.plusSeconds(999).toString());
            while (!page.isLast()) {
                page = session.completionPage(null, page.nextCursor());
            }
        }
        assertThat(LRS.tokensIssued() - tokensBefore).as("a fresh token after the 401").isGreaterThanOrEqualTo(2);
        assertThat(context.logs()).anySatisfy(line -> assertThat(line).contains("401"));
        assertThat(context.logs()).anySatisfy(line -> assertThat(line).contains("503"));
    }

    @Test
    void validatesTheChoiceOfSource() {
        assertThat(plugin().validate(PluginSettings.of(Map.of("lrsEndpoint", "https://x", "csvFolder", "/tmp"))))
                .anySatisfy(problem -> assertThat(problem.message()).contains("exactly one"));
        assertThat(plugin().validate(PluginSettings.of(Map.of("lrsEndpoint", "https://x", "tokenUrl", "https://x/t"))))
                .anySatisfy(problem -> assertThat(problem.setting()).isEqualTo("clientId"));
    }
}
