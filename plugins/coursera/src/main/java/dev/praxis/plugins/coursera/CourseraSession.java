package dev.praxis.plugins.coursera;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.praxis.plugins.toolkit.VendorHttp;
import dev.praxis.spi.CatalogItem;
import dev.praxis.spi.CatalogPage;
import dev.praxis.spi.CompletionPage;
import dev.praxis.spi.CompletionRecord;
import dev.praxis.spi.CompletionStatus;
import dev.praxis.spi.Learner;
import dev.praxis.spi.PluginException;
import dev.praxis.spi.PluginSession;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pages through Coursera's {@code start}/{@code limit} lists ({@code elements}, {@code paging.next},
 * sometimes {@code paging.total}) program by program. Enrollment reports are snapshots with no
 * "changed since" filter, so a run reads them all and passes on only those whose change time
 * (updatedAt, else lastActivityAt, completedAt, enrolledAt) is after the cutoff of the last full
 * read; the watermark carries that cutoff and, mid-read, the position and the newest time seen.
 */
final class CourseraSession implements PluginSession {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VendorHttp http;
    private final VendorHttp.Authorization auth;
    private final String base;
    private final int pageSize;
    private List<String> programs;
    private final Set<String> seenItems = new HashSet<>();
    private long newestSeen = -1;

    CourseraSession(VendorHttp http, VendorHttp.Authorization auth, String base, List<String> programs, int pageSize) {
        this.http = http;
        this.auth = auth;
        this.base = base;
        this.programs = programs.isEmpty() ? null : List.copyOf(programs);
        this.pageSize = pageSize;
    }

    @Override
    public CatalogPage catalogPage(String cursor) {
        Position at = Position.parse(cursor);
        List<String> ids = programs();
        if (at.program >= ids.size()) {
            return new CatalogPage(List.of(), null);
        }
        String program = ids.get(at.program);
        JsonNode answer = get("/contents?q=byProgramIds&programIds=" + encode(program) + "&start=" + at.start + "&limit=" + pageSize);
        List<CatalogItem> items = new ArrayList<>();
        for (JsonNode element : answer.path("elements")) {
            CatalogItem item = item(element);
            if (item != null && seenItems.add(item.externalId())) {
                items.add(item);
            }
        }
        Position next = next(at, answer, ids.size());
        return new CatalogPage(items, next == null ? null : next.toString());
    }

    @Override
    public CompletionPage completionPage(String watermark, String cursor) {
        Mark mark = Mark.parse(watermark);
        Position at = cursor != null ? Position.parse(cursor) : mark.position != null ? mark.position : new Position(0, 0);
        newestSeen = Math.max(newestSeen, mark.newest);
        List<String> ids = programs();
        if (at.program >= ids.size()) {
            return new CompletionPage(List.of(), null, new Mark(Math.max(mark.cutoff, newestSeen), -1, null).toString(), null);
        }
        String program = ids.get(at.program);
        JsonNode answer = get("/enrollmentReports?q=byProgramId&programId=" + encode(program) + "&start=" + at.start + "&limit=" + pageSize);
        List<CompletionRecord> records = new ArrayList<>();
        for (JsonNode element : answer.path("elements")) {
            long changed = changedAt(element);
            newestSeen = Math.max(newestSeen, changed);
            if (changed > mark.cutoff || changed == 0) {
                records.add(record(element, program));
            }
        }
        Position next = next(at, answer, ids.size());
        Long total = ids.size() == 1 && answer.path("paging").has("total") ? answer.path("paging").path("total").asLong() : null;
        String newMark = next == null ? new Mark(Math.max(mark.cutoff, newestSeen), -1, null).toString()
                : new Mark(mark.cutoff, newestSeen, next).toString();
        return new CompletionPage(records, next == null ? null : next.toString(), newMark, total);
    }

    private List<String> programs() {
        if (programs == null) {
            List<String> found = new ArrayList<>();
            int start = 0;
            while (true) {
                JsonNode answer = get("/programs?excludeContent=true&start=" + start + "&limit=" + pageSize);
                answer.path("elements").forEach(program -> found.add(program.path("id").asText()));
                JsonNode next = answer.path("paging").path("next");
                if (next.isMissingNode() || next.isNull() || answer.path("elements").isEmpty()) {
                    break;
                }
                start = next.asInt();
            }
            programs = List.copyOf(found);
        }
        return programs;
    }

    private Position next(Position at, JsonNode answer, int programCount) {
        JsonNode next = answer.path("paging").path("next");
        if (!next.isMissingNode() && !next.isNull() && !answer.path("elements").isEmpty()) {
            return new Position(at.program, next.asInt());
        }
        return at.program + 1 < programCount ? new Position(at.program + 1, 0) : null;
    }

    private static CatalogItem item(JsonNode element) {
        String id = text(element, "id", "contentId");
        if (id == null) {
            throw PluginException.malformed("a Coursera content element has neither id nor contentId", null);
        }
        String title = text(element, "name", "title");
        String url = text(element, "url");
        String slug = text(element, "slug");
        if (url == null && slug != null) {
            url = "https://www.coursera.org/learn/" + slug;
        }
        Duration duration = element.hasNonNull("duration") ? Duration.ofSeconds(element.path("duration").asLong()) : null;
        List<String> skills = new ArrayList<>();
        element.path("skills").forEach(skill -> skills.add(skill.isTextual() ? skill.asText() : skill.path("name").asText()));
        return new CatalogItem(id, title == null ? id : title, text(element, "description"), duration,
                text(element, "contentType"), skills, url == null ? null : URI.create(url), text(element, "language"),
                element.hasNonNull("updatedAt") ? Instant.ofEpochMilli(element.path("updatedAt").asLong()) : null);
    }

    private static CompletionRecord record(JsonNode element, String program) {
        String contentId = text(element, "contentId");
        String externalId = text(element, "externalId");
        String email = text(element, "email");
        String id = text(element, "id");
        if (id == null) {
            id = program + "~" + (externalId != null ? externalId : email) + "~" + contentId;
        }
        boolean completed = element.path("isCompleted").asBoolean(false);
        Double progress = element.hasNonNull("overallProgress") ? Math.max(0, Math.min(100, element.path("overallProgress").asDouble())) : null;
        Double grade = element.hasNonNull("grade") ? element.path("grade").asDouble() : null;
        if (grade != null) {
            grade = grade <= 1.0 ? grade * 100 : Math.min(100, grade);
        }
        Instant completedAt = element.hasNonNull("completedAt") ? Instant.ofEpochMilli(element.path("completedAt").asLong()) : null;
        if (completed && completedAt == null) {
            completedAt = Instant.ofEpochMilli(changedAt(element));
        }
        // externalId falls back to the email when the organization set none: then it is no external id
        Learner learner = new Learner(email, externalId != null && !externalId.equalsIgnoreCase(email) ? externalId : null, null, null);
        return new CompletionRecord(id, learner, contentId, text(element, "contentName"),
                completed ? CompletionStatus.COMPLETED : CompletionStatus.IN_PROGRESS,
                completed ? Double.valueOf(100.0) : progress, grade, completed ? completedAt : null, null);
    }

    private static long changedAt(JsonNode element) {
        for (String field : List.of("updatedAt", "lastActivityAt", "completedAt", "enrolledAt")) {
            if (element.hasNonNull(field)) {
                return element.path(field).asLong();
            }
        }
        return 0;
    }

    private JsonNode get(String pathAndQuery) {
        URI uri = URI.create(base + pathAndQuery);
        try (InputStream body = http.get(uri, Map.of("Accept", "application/json"), auth)) {
            JsonNode answer = JSON.readTree(body);
            if (answer == null || !answer.path("elements").isArray()) {
                throw PluginException.malformed("Coursera answered without an elements list for " + uri.getPath(), null);
            }
            return answer;
        } catch (IOException e) {
            throw PluginException.malformed("cannot read Coursera's answer for " + uri.getPath() + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode element, String... names) {
        for (String name : names) {
            if (element.hasNonNull(name) && !element.path(name).asText().isBlank()) {
                return element.path(name).asText();
            }
        }
        return null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Which program, and where in its list. */
    private record Position(int program, int start) {
        static Position parse(String text) {
            if (text == null) {
                return new Position(0, 0);
            }
            String[] parts = text.split(":");
            try {
                return new Position(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            } catch (RuntimeException e) {
                throw PluginException.configuration("not a Coursera cursor: " + text);
            }
        }

        @Override
        public String toString() {
            return program + ":" + start;
        }
    }

    /** The watermark: the cutoff of the last full read (epoch ms) and, mid-read, the newest time seen and the position. */
    private record Mark(long cutoff, long newest, Position position) {
        static Mark parse(String text) {
            if (text == null) {
                return new Mark(-1, -1, null);
            }
            try {
                String[] parts = text.split(";");
                long cutoff = Long.parseLong(parts[0].substring("cutoff=".length()));
                if (parts.length == 1) {
                    return new Mark(cutoff, -1, null);
                }
                return new Mark(cutoff, Long.parseLong(parts[1].substring("newest=".length())),
                        Position.parse(parts[2].substring("at=".length())));
            } catch (RuntimeException e) {
                throw PluginException.configuration("not a Coursera watermark: " + text);
            }
        }

        @Override
        public String toString() {
            return position == null ? "cutoff=" + cutoff : "cutoff=" + cutoff + ";newest=" + newest + ";at=" + position;
        }
    }
}
