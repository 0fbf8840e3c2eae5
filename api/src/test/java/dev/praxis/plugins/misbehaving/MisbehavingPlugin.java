package dev.praxis.plugins.misbehaving;

import dev.praxis.spi.Capability;
import dev.praxis.spi.CompletionPage;
import dev.praxis.spi.CompletionRecord;
import dev.praxis.spi.CompletionStatus;
import dev.praxis.spi.Learner;
import dev.praxis.spi.PluginContext;
import dev.praxis.spi.PluginDescriptor;
import dev.praxis.spi.PluginSession;
import dev.praxis.spi.PluginSettings;
import dev.praxis.spi.PraxisPlugin;
import dev.praxis.spi.ProviderCategory;
import dev.praxis.spi.SettingSpec;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Misbehaves as its {@code mode} setting says: throw, hang, malformed, nullPage; else one good record. */
public final class MisbehavingPlugin implements PraxisPlugin {
    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("test-misbehaving", "Misbehaving (tests only)", "0.0.1", ProviderCategory.INDEPENDENT,
                Set.of(Capability.COMPLETIONS), List.of(SettingSpec.required("mode", "throw, hang, malformed, nullPage or ok")));
    }

    @Override
    public PluginSession open(PluginSettings settings, PluginContext context) {
        String mode = settings.require("mode");
        return new PluginSession() {
            @Override
            public CompletionPage completionPage(String watermark, String cursor) {
                switch (mode) {
                    case "throw" -> throw new IllegalStateException("boom");
                    case "hang" -> {
                        while (true) {
                            try {
                                Thread.sleep(60_000);
                            } catch (InterruptedException e) {
                                return null;
                            }
                        }
                    }
                    case "malformed" -> {
                        return new CompletionPage(List.of(new CompletionRecord("r1", Learner.byEmail("a@b.c"), "item", null,
                                CompletionStatus.COMPLETED, 150.0, null, Instant.EPOCH, null)), null, "w", null);
                    }
                    case "nullPage" -> {
                        return null;
                    }
                    default -> {
                        return new CompletionPage(List.of(new CompletionRecord("r1", Learner.byEmail("a@b.c"), "item", null,
                                CompletionStatus.COMPLETED, 100.0, null, Instant.EPOCH, null)), null, "w", null);
                    }
                }
            }
        };
    }
}
