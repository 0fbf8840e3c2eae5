package dev.praxis.plugins.customlms;

import dev.praxis.plugins.toolkit.ClientCredentialsToken;
import dev.praxis.plugins.toolkit.CsvColumns;
import dev.praxis.plugins.toolkit.CsvCompletionFeed;
import dev.praxis.plugins.toolkit.CsvExports;
import dev.praxis.plugins.toolkit.VendorHttp;
import dev.praxis.spi.Capability;
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
 * Any LMS of the organization's own: an xAPI learning record store ({@code lrsEndpoint}) or, for an
 * LMS without xAPI, CSV exports from a folder ({@code csvFolder}) or a URL ({@code csvUrl}).
 */
public final class CustomLmsPlugin implements PraxisPlugin {
    static final String ID = "custom-lms";

    /** The CSV columns when {@code columnMapping} names no others. */
    static final CsvColumns DEFAULT_COLUMNS = CsvColumns.of(new EnumMap<>(Map.of(
            CsvColumns.Field.LEARNER_EMAIL, "email",
            CsvColumns.Field.LEARNER_EXTERNAL_ID, "employee_id",
            CsvColumns.Field.ITEM_ID, "course_id",
            CsvColumns.Field.ITEM_TITLE, "course_title",
            CsvColumns.Field.STATUS, "status",
            CsvColumns.Field.PROGRESS, "progress",
            CsvColumns.Field.SCORE, "score",
            CsvColumns.Field.COMPLETED_AT, "completed_at",
            CsvColumns.Field.TIME_SPENT_MINUTES, "minutes_spent")));

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID, "Custom LMS (xAPI or CSV)", "1.0.0",
            ProviderCategory.INTERNAL, Set.of(Capability.CATALOG, Capability.COMPLETIONS), List.of(
            SettingSpec.optional("lrsEndpoint", "The xAPI endpoint of the learning record store, e.g. https://lrs.example.com/xapi"),
            SettingSpec.optional("lrsUsername", "The LRS key (HTTP Basic user name)"),
            new SettingSpec("lrsPassword", "The LRS secret (HTTP Basic password)", false, true),
            SettingSpec.optional("tokenUrl", "Instead of Basic: an OAuth2 client-credentials token URL"),
            SettingSpec.optional("clientId", "OAuth2 client id (with tokenUrl)"),
            new SettingSpec("clientSecret", "OAuth2 client secret (with tokenUrl)", false, true),
            SettingSpec.optional("xapiVersion", "X-Experience-API-Version to send (default 1.0.3; 2.0.0 for xAPI 2.0)"),
            SettingSpec.optional("pageSize", "Statements or rows per page (default 1000)"),
            SettingSpec.optional("csvFolder", "Instead of an LRS: a folder of CSV exports, read in file-name order"),
            SettingSpec.optional("csvUrl", "Instead of an LRS: the URL of a CSV export"),
            SettingSpec.optional("columnMapping", "CSV columns as field=Column pairs, e.g. learnerEmail=Email,itemId=Course "
                    + "(defaults: email, employee_id, course_id, course_title, status, progress, score, completed_at, minutes_spent)")));

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<SettingProblem> validate(PluginSettings settings) {
        List<SettingProblem> problems = new ArrayList<>(DESCRIPTOR.checkSettings(settings));
        long sources = List.of("lrsEndpoint", "csvFolder", "csvUrl").stream().filter(name -> settings.get(name).isPresent()).count();
        if (sources != 1) {
            problems.add(new SettingProblem("lrsEndpoint", "set exactly one of lrsEndpoint, csvFolder or csvUrl"));
        }
        if (settings.get("tokenUrl").isPresent() && (settings.get("clientId").isEmpty() || settings.get("clientSecret").isEmpty())) {
            problems.add(new SettingProblem("clientId", "tokenUrl needs clientId and clientSecret"));
        }
        if (settings.get("lrsUsername").isPresent() != settings.get("lrsPassword").isPresent()) {
            problems.add(new SettingProblem("lrsPassword", "lrsUsername and lrsPassword go together"));
        }
        try {
            DEFAULT_COLUMNS.withOverrides(settings.get("columnMapping").orElse(null));
            settings.integer("pageSize", 1000);
        } catch (RuntimeException e) {
            problems.add(new SettingProblem("columnMapping", e.getMessage()));
        }
        return problems;
    }

    @Override
    public PluginSession open(PluginSettings settings, PluginContext context) {
        VendorHttp http = VendorHttp.defaults(context);
        int pageSize = Math.max(1, Math.min(10_000, settings.integer("pageSize", 1000)));
        if (settings.get("lrsEndpoint").isPresent()) {
            VendorHttp.Authorization auth = VendorHttp.Authorization.NONE;
            if (settings.get("tokenUrl").isPresent()) {
                auth = new ClientCredentialsToken(http, settings.uri("tokenUrl"), settings.require("clientId"),
                        settings.require("clientSecret"), context.clock());
            } else if (settings.get("lrsUsername").isPresent()) {
                String basic = java.util.Base64.getEncoder().encodeToString((settings.require("lrsUsername") + ":"
                        + settings.require("lrsPassword")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                auth = refresh -> "Basic " + basic;
            }
            return new XapiSession(http, auth, settings.uri("lrsEndpoint"), settings.get("xapiVersion").orElse("1.0.3"),
                    pageSize, context);
        }
        CsvColumns columns = DEFAULT_COLUMNS.withOverrides(settings.get("columnMapping").orElse(null));
        CsvCompletionFeed feed = settings.get("csvFolder").isPresent()
                ? new CsvCompletionFeed(CsvExports.folder(Path.of(settings.require("csvFolder"))), columns, pageSize, context, ID, true)
                : new CsvCompletionFeed(List.of(CsvExports.download(http, settings.uri("csvUrl"), Map.of(), VendorHttp.Authorization.NONE)),
                columns, pageSize, context, ID, false);
        return new CsvSession(feed);
    }

    /** CSV exports: the catalog is the items the rows name. */
    private record CsvSession(CsvCompletionFeed feed) implements PluginSession {
        @Override
        public dev.praxis.spi.CatalogPage catalogPage(String cursor) {
            return feed.catalogPage(cursor);
        }

        @Override
        public dev.praxis.spi.CompletionPage completionPage(String watermark, String cursor) {
            return feed.page(watermark, cursor);
        }

        @Override
        public void close() {
            feed.close();
        }
    }
}
