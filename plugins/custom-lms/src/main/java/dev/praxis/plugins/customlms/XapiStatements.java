package dev.praxis.plugins.customlms;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.spi.CompletionRecord;
import dev.praxis.spi.CompletionStatus;
import dev.praxis.spi.Learner;
import dev.praxis.spi.PluginContext;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Map;

/** One xAPI statement to a completion record: verbs completed, passed, failed and progressed; others are skipped. */
final class XapiStatements {
    static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    /** cmi5's progress extension (0-100). */
    static final String PROGRESS_EXTENSION = "https://w3id.org/xapi/cmi5/result/extensions/progress";

    private static final Map<String, CompletionStatus> STATUS_BY_VERB = Map.of(
            VERBS + "completed", CompletionStatus.COMPLETED,
            VERBS + "passed", CompletionStatus.PASSED,
            VERBS + "failed", CompletionStatus.FAILED,
            VERBS + "progressed", CompletionStatus.IN_PROGRESS);

    private XapiStatements() {
    }

    /** The record, or null for a statement of another verb or one that cannot be read (logged). */
    static CompletionRecord toRecord(JsonNode statement, PluginContext context) {
        CompletionStatus status = STATUS_BY_VERB.get(statement.path("verb").path("id").asText());
        if (status == null) {
            return null;
        }
        String id = statement.path("id").asText(null);
        try {
            Learner learner = learner(statement.path("actor"));
            if (learner == null) {
                context.reject("xAPI statement " + id + ": actor has neither mbox nor account, skipped");
                return null;
            }
            JsonNode object = statement.path("object");
            String activity = object.path("id").asText(null);
            JsonNode result = statement.path("result");
            Instant when = instant(statement.path("timestamp").asText(null));
            if (when == null) {
                when = instant(statement.path("stored").asText(null));
            }
            Double progress = null;
            if (result.path("extensions").has(PROGRESS_EXTENSION)) {
                progress = result.path("extensions").path(PROGRESS_EXTENSION).asDouble();
            } else if (status.isDone()) {
                progress = 100.0;
            }
            return new CompletionRecord(id, learner, activity, name(object.path("definition").path("name")), status, progress,
                    score(result.path("score")), status.isDone() ? when : null,
                    result.hasNonNull("duration") ? Duration.parse(result.path("duration").asText()) : null);
        } catch (RuntimeException e) {
            context.reject("xAPI statement " + id + " unreadable: " + e.getMessage());
            return null;
        }
    }

    private static Learner learner(JsonNode actor) {
        String mbox = actor.path("mbox").asText(null);
        if (mbox != null && mbox.startsWith("mailto:")) {
            return Learner.byEmail(mbox.substring("mailto:".length()));
        }
        JsonNode account = actor.path("account");
        if (account.hasNonNull("name")) {
            return Learner.byAccount(account.path("homePage").asText(null), account.path("name").asText());
        }
        return null;
    }

    /** Scaled (-1..1) as a percentage, else raw against min/max. */
    private static Double score(JsonNode score) {
        if (score.hasNonNull("scaled")) {
            return Math.max(0, Math.min(100, score.path("scaled").asDouble() * 100));
        }
        if (score.hasNonNull("raw")) {
            double min = score.path("min").asDouble(0);
            double max = score.path("max").asDouble(100);
            return max > min ? Math.max(0, Math.min(100, (score.path("raw").asDouble() - min) * 100 / (max - min))) : null;
        }
        return null;
    }

    /** A language map's en-US, en, or first value. */
    private static String name(JsonNode languageMap) {
        if (!languageMap.isObject() || languageMap.isEmpty()) {
            return null;
        }
        for (String preferred : new String[]{"en-US", "en", "en-GB"}) {
            if (languageMap.hasNonNull(preferred)) {
                return languageMap.path(preferred).asText();
            }
        }
        Iterator<JsonNode> values = languageMap.elements();
        return values.next().asText();
    }

    private static Instant instant(String text) {
        return text == null ? null : OffsetDateTime.parse(text).toInstant();
    }
}
