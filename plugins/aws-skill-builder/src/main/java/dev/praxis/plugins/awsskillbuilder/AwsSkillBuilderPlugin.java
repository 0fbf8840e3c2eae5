package dev.praxis.plugins.awsskillbuilder;

import dev.praxis.plugins.toolkit.CsvColumns;
import dev.praxis.plugins.toolkit.CsvColumns.Field;
import dev.praxis.plugins.toolkit.CsvCompletionFeed;
import dev.praxis.plugins.toolkit.CsvExports;
import dev.praxis.plugins.toolkit.VendorHttp;
import dev.praxis.spi.Capability;
import dev.praxis.spi.CatalogPage;
import dev.praxis.spi.CompletionPage;
import dev.praxis.spi.PluginContext;
import dev.praxis.spi.PluginDescriptor;
import dev.praxis.spi.PluginSession;
import dev.praxis.spi.PluginSettings;
import dev.praxis.spi.PraxisPlugin;
import dev.praxis.spi.ProviderCategory;
import dev.praxis.spi.SettingProblem;
import dev.praxis.spi.SettingSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * AWS Skill Builder. AWS publishes no reporting API: team admins receive learner progress as CSV
 * exports. This plugin reads them from a folder (every *.csv, in name order, each read once) or from
 * a URL (read again when its content changes). The default column names are an assumption (no
 * public document lists the export's columns); {@code columnMapping} renames any of them.
 */
public final class AwsSkillBuilderPlugin implements PraxisPlugin {

    /** ASSUMED default export columns: learner_email, learner_name, course_id, course_title, content_type, status,
     * progress_pct, enrollment_date, completion_date, duration_minutes. */
    static final CsvColumns DEFAULT_COLUMNS = CsvColumns.of(new EnumMap<>(Map.of(
            Field.LEARNER_EMAIL, "learner_email",
            Field.LEARNER_NAME, "learner_name",
            Field.ITEM_ID, "course_id",
            Field.ITEM_TITLE, "course_title",
            Field.FORMAT, "content_type",
            Field.STATUS, "status",
            Field.PROGRESS, "progress_pct",
            Field.ENROLLED_AT, "enrollment_date",
            Field.COMPLETED_AT, "completion_date",
            Field.DURATION_MINUTES, "duration_minutes")));

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor("aws-skill-builder", "AWS Skill Builder (CSV exports)",
            "1.0.0", ProviderCategory.CLOUD_ACADEMY, Set.of(Capability.CATALOG, Capability.COMPLETIONS), List.of(
            SettingSpec.optional("csvFolder", "A folder the Skill Builder exports are saved to; every *.csv, in file-name order"),
            SettingSpec.optional("csvUrl", "Instead of a folder: the URL of the latest export"),
            new SettingSpec("csvUrlToken", "A bearer token for csvUrl, if it needs one", false, true),
            SettingSpec.optional("columnMapping", "field=Column pairs overriding the assumed default columns (learner_email, "
                    + "learner_name, course_id, course_title, content_type, status, progress_pct, enrollment_date, completion_date, "
                    + "duration_minutes), e.g. learnerEmail=Email,itemId=Course ID"),
            SettingSpec.optional("pageSize", "Rows per page (default 1000)")));

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<SettingProblem> validate(PluginSettings settings) {
        List<SettingProblem> problems = new ArrayList<>(DESCRIPTOR.checkSettings(settings));
        if (settings.get("csvFolder").isPresent() == settings.get("csvUrl").isPresent()) {
            problems.add(new SettingProblem("csvFolder", "set exactly one of csvFolder or csvUrl"));
        }
        try {
            DEFAULT_COLUMNS.withOverrides(settings.get("columnMapping").orElse(null));
        } catch (RuntimeException e) {
            problems.add(new SettingProblem("columnMapping", e.getMessage()));
        }
        return problems;
    }

    @Override
    public PluginSession open(PluginSettings settings, PluginContext context) {
        CsvColumns columns = DEFAULT_COLUMNS.withOverrides(settings.get("columnMapping").orElse(null));
        int pageSize = Math.max(1, Math.min(10_000, settings.integer("pageSize", 1000)));
        CsvCompletionFeed feed;
        if (settings.get("csvFolder").isPresent()) {
            feed = new CsvCompletionFeed(CsvExports.folder(Path.of(settings.require("csvFolder"))), columns, pageSize, context,
                    DESCRIPTOR.id(), true);
        } else {
            VendorHttp.Authorization auth = settings.get("csvUrlToken").<VendorHttp.Authorization>map(token -> refresh -> "Bearer " + token)
                    .orElse(VendorHttp.Authorization.NONE);
            feed = new CsvCompletionFeed(List.of(CsvExports.download(VendorHttp.defaults(context), settings.uri("csvUrl"),
                    Map.of("Accept", "text/csv"), auth)), columns, pageSize, context, DESCRIPTOR.id(), false);
        }
        return new PluginSession() {
            @Override
            public CatalogPage catalogPage(String cursor) {
                return feed.catalogPage(cursor);
            }

            @Override
            public CompletionPage completionPage(String watermark, String cursor) {
                return feed.page(watermark, cursor);
            }

            @Override
            public void close() {
                feed.close();
            }
        };
    }
}
