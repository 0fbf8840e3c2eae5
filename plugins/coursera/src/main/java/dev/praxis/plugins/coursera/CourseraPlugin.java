package dev.praxis.plugins.coursera;

import dev.praxis.plugins.toolkit.ClientCredentialsToken;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Coursera for Business: OAuth2 client credentials, then programs, their contents and enrollment reports. */
public final class CourseraPlugin implements PraxisPlugin {
    static final String DEFAULT_BASE = "https://api.coursera.com/ent/api/businesses.v1";
    static final String DEFAULT_TOKEN = "https://api.coursera.com/oauth2/client_credentials/token";

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor("coursera", "Coursera for Business", "1.0.0",
            ProviderCategory.PLATFORM, Set.of(Capability.CATALOG, Capability.COMPLETIONS), List.of(
            SettingSpec.required("organizationId", "Your Coursera business (organization) id"),
            SettingSpec.required("clientId", "The API client id (Coursera admin, API credentials)"),
            SettingSpec.secret("clientSecret", "The API client secret"),
            SettingSpec.optional("programIds", "Comma-separated program ids to sync; default: every program"),
            SettingSpec.optional("baseUrl", "API base, default " + DEFAULT_BASE),
            SettingSpec.optional("tokenUrl", "Token URL, default " + DEFAULT_TOKEN),
            SettingSpec.optional("pageSize", "Elements per request (default 100, at most 1000)")));

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<SettingProblem> validate(PluginSettings settings) {
        List<SettingProblem> problems = new ArrayList<>(DESCRIPTOR.checkSettings(settings));
        for (String url : List.of("baseUrl", "tokenUrl")) {
            if (settings.get(url).isPresent()) {
                try {
                    settings.uri(url);
                } catch (RuntimeException e) {
                    problems.add(new SettingProblem(url, e.getMessage()));
                }
            }
        }
        try {
            int size = settings.integer("pageSize", 100);
            if (size < 1 || size > 1000) {
                problems.add(new SettingProblem("pageSize", "pageSize must be 1-1000"));
            }
        } catch (RuntimeException e) {
            problems.add(new SettingProblem("pageSize", e.getMessage()));
        }
        return problems;
    }

    @Override
    public PluginSession open(PluginSettings settings, PluginContext context) {
        VendorHttp http = VendorHttp.defaults(context);
        ClientCredentialsToken token = new ClientCredentialsToken(http,
                java.net.URI.create(settings.get("tokenUrl").orElse(DEFAULT_TOKEN)), settings.require("clientId"),
                settings.require("clientSecret"), context.clock());
        String base = settings.get("baseUrl").orElse(DEFAULT_BASE).replaceAll("/+$", "") + "/" + settings.require("organizationId");
        List<String> programs = settings.get("programIds").map(ids -> List.of(ids.split("\\s*,\\s*"))).orElse(List.of());
        return new CourseraSession(http, token, base, programs, settings.integer("pageSize", 100));
    }
}
