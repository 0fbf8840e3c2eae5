package dev.praxis.plugins.awsskillbuilder;

import dev.praxis.spi.testkit.FixtureServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Skill Builder CSV exports in the assumed default columns: a folder with two exports
 * (2026-10 and 2026-11, 80 + 60 rows, one row of the second with an unreadable status) and the
 * November export also served over HTTP (the first request answered 503). Learner i is
 * learner(i % 40)@example.com; courses cycle through 7; statuses Completed / In Progress / Not Started.
 */
public final class SkillBuilderExports implements AutoCloseable {
    public static final int ROWS = 80 + 60 - 1;
    public static final int COURSES = 7;
    static final String HEADER = "learner_email,learner_name,course_id,course_title,content_type,status,progress_pct,"
            + "enrollment_date,completion_date,duration_minutes\n";

    private final Path folder;
    private final FixtureServer server;

    public SkillBuilderExports() {
        try {
            folder = Files.createTempDirectory("skill-builder-exports");
            Files.writeString(folder.resolve("skillbuilder-2026-10.csv"), export(0, 80, -1));
            Files.writeString(folder.resolve("skillbuilder-2026-11.csv"), export(80, 60, 100));
            Files.writeString(folder.resolve("notes.txt"), "not an export");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicBoolean failedOnce = new AtomicBoolean();
        String november = export(80, 60, 100);
        server = FixtureServer.start().route("/exports/latest.csv", exchange -> failedOnce.compareAndSet(false, true)
                ? FixtureServer.Response.status(503, Map.of())
                : FixtureServer.Response.text(200, "text/csv", november));
    }

    static String export(int from, int rows, int broken) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = from; i < from + rows; i++) {
            int learner = i % 40;
            int course = i % COURSES;
            String status = i == broken ? "Paused?" : switch (i % 3) {
                case 0 -> "Completed";
                case 1 -> "In Progress";
                default -> "Not Started";
            };
            csv.append("learner").append(learner).append("@example.com,\"Learner ").append(learner).append(", Jr.\",")
                    .append("sb-").append(course).append(",\"AWS Cloud Practitioner Essentials ").append(course).append("\",")
                    .append(course % 2 == 0 ? "Digital course" : "Lab").append(',').append(status).append(',')
                    .append(i % 3 == 0 ? 100 : i % 3 == 1 ? 40 : 0).append(",2026-09-").append(String.format("%02d", 1 + i % 28))
                    .append(',').append(i % 3 == 0 ? "2026-10-" + String.format("%02d", 1 + i % 28) : "")
                    .append(',').append(30 + course * 15).append('\n');
        }
        return csv.toString();
    }

    public Path folder() {
        return folder;
    }

    public String url() {
        return server.baseUri() + "/exports/latest.csv";
    }

    @Override
    public void close() {
        server.close();
    }
}
