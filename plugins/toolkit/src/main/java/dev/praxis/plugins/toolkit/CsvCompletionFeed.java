package dev.praxis.plugins.toolkit;

import dev.praxis.plugins.toolkit.CsvColumns.Field;
import dev.praxis.spi.CatalogItem;
import dev.praxis.spi.CatalogPage;
import dev.praxis.spi.CompletionPage;
import dev.praxis.spi.CompletionRecord;
import dev.praxis.spi.CompletionStatus;
import dev.praxis.spi.Learner;
import dev.praxis.spi.PluginContext;
import dev.praxis.spi.PluginException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Completion records (and the catalog items they mention) from CSV exports, one page at a time.
 * Files are read in the order given (by name); the position "file|rows read" is both the cursor and
 * the watermark, so a run resumes after the last stored page and a file already read is not read
 * again. A row that cannot be read is skipped and logged with its file and line.
 */
public final class CsvCompletionFeed implements AutoCloseable {

    /** One export: a name that orders exports (a file name, or a content hash for a URL) and where it is. */
    public record CsvFile(String name, Path path) {
        public CsvFile {
            requireNonNull(name, "name is null");
            requireNonNull(path, "path is null");
            if (name.contains("|")) {
                throw new IllegalArgumentException("file name must not contain '|': " + name);
            }
        }
    }

    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    private final List<CsvFile> files;
    private final CsvColumns columns;
    private final int pageSize;
    private final PluginContext context;
    private final String source;
    private final boolean orderedByName;

    private CSVParser openParser;
    private Iterator<CSVRecord> openRows;
    private int openFile = -1;
    private long openPosition = -1;

    /**
     * @param orderedByName true for a folder of exports (files named before the watermark's are done);
     *                      false for one export replaced in place (a different file starts over)
     */
    public CsvCompletionFeed(List<CsvFile> files, CsvColumns columns, int pageSize, PluginContext context, String source,
                             boolean orderedByName) {
        this.orderedByName = orderedByName;
        this.files = List.copyOf(requireNonNull(files, "files is null"));
        this.columns = requireNonNull(columns, "columns is null");
        this.pageSize = pageSize;
        this.context = requireNonNull(context, "context is null");
        this.source = requireNonNull(source, "source is null");
    }

    public CompletionPage page(String watermark, String cursor) {
        Position position = Position.parse(cursor != null ? cursor : watermark);
        int fileIndex = 0;
        long skip = 0;
        if (position != null) {
            while (orderedByName && fileIndex < files.size() && files.get(fileIndex).name().compareTo(position.file) < 0) {
                fileIndex++;
            }
            if (fileIndex < files.size() && files.get(fileIndex).name().equals(position.file)) {
                skip = position.rows;
            }
        }
        List<CompletionRecord> records = new ArrayList<>();
        Position last = position;
        while (fileIndex < files.size() && records.size() < pageSize) {
            Iterator<CSVRecord> rows = rowsAt(fileIndex, skip);
            long read = skip;
            while (rows.hasNext() && records.size() < pageSize) {
                CSVRecord row = rows.next();
                read++;
                CompletionRecord record = completion(row, files.get(fileIndex).name());
                if (record != null) {
                    records.add(record);
                }
            }
            openPosition = read;
            last = new Position(files.get(fileIndex).name(), read);
            if (rows.hasNext()) {
                break;
            }
            fileIndex++;
            skip = 0;
        }
        boolean more = hasMore(fileIndex, last);
        String mark = last == null ? null : last.toString();
        return new CompletionPage(records, more ? mark : null, mark, null);
    }

    private boolean hasMore(int fileIndex, Position last) {
        if (fileIndex >= files.size()) {
            return false;
        }
        return last == null || !files.get(fileIndex).name().equals(last.file) || openRows != null && openRows.hasNext();
    }

    /** Distinct items named in the exports (catalogs are small next to their completion rows). */
    public CatalogPage catalogPage(String cursor) {
        Map<String, CatalogItem> items = new LinkedHashMap<>();
        for (CsvFile file : files) {
            try (CSVParser parser = parser(file)) {
                for (CSVRecord row : parser) {
                    String id = value(row, Field.ITEM_ID);
                    if (id != null && !items.containsKey(id)) {
                        String title = value(row, Field.ITEM_TITLE);
                        Long minutes = number(row, Field.DURATION_MINUTES) == null ? null : number(row, Field.DURATION_MINUTES).longValue();
                        items.put(id, new CatalogItem(id, title == null ? id : title, null,
                                minutes == null ? null : Duration.ofMinutes(minutes), value(row, Field.FORMAT),
                                List.of(), null, null, null));
                    }
                }
            } catch (IOException e) {
                throw PluginException.unavailable("cannot read " + file.name() + ": " + e.getMessage(), e);
            }
        }
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        List<CatalogItem> all = new ArrayList<>(items.values());
        int to = Math.min(all.size(), from + pageSize);
        return new CatalogPage(all.subList(from, to), to < all.size() ? String.valueOf(to) : null);
    }

    private Iterator<CSVRecord> rowsAt(int fileIndex, long skip) {
        if (openFile == fileIndex && openPosition == skip && openRows != null) {
            return openRows;
        }
        close();
        try {
            openParser = parser(files.get(fileIndex));
            openRows = openParser.iterator();
            openFile = fileIndex;
            for (long i = 0; i < skip && openRows.hasNext(); i++) {
                openRows.next();
            }
            openPosition = skip;
            return openRows;
        } catch (IOException e) {
            throw PluginException.unavailable("cannot read " + files.get(fileIndex).name() + ": " + e.getMessage(), e);
        }
    }

    private CSVParser parser(CsvFile file) throws IOException {
        Reader reader = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get().parse(reader);
        List<String> header = parser.getHeaderNames();
        for (Field required : List.of(Field.ITEM_ID, Field.STATUS)) {
            String column = columns.column(required);
            if (column == null || !header.contains(column)) {
                parser.close();
                throw PluginException.configuration(file.name() + " has no column '" + column + "' (for " + required.settingName
                        + "); its columns are " + header + ". Set columnMapping.");
            }
        }
        return parser;
    }

    private CompletionRecord completion(CSVRecord row, String file) {
        try {
            String item = value(row, Field.ITEM_ID);
            String email = value(row, Field.LEARNER_EMAIL);
            String externalId = value(row, Field.LEARNER_EXTERNAL_ID);
            CompletionStatus status = status(value(row, Field.STATUS));
            if (item == null || status == null) {
                throw new IllegalArgumentException("no item id or no status");
            }
            Learner learner = new Learner(email, externalId, null, null);
            String recordId = value(row, Field.RECORD_ID);
            if (recordId == null) {
                recordId = item + "|" + (externalId != null ? externalId : email);
            }
            Double progress = number(row, Field.PROGRESS);
            if (status.isDone() && progress == null) {
                progress = 100.0;
            }
            Instant completedAt = instant(value(row, Field.COMPLETED_AT));
            if (status.isDone() && completedAt == null) {
                throw new IllegalArgumentException("status " + status + " without a completion date");
            }
            Double minutes = number(row, Field.TIME_SPENT_MINUTES);
            return new CompletionRecord(recordId, learner, item, value(row, Field.ITEM_TITLE), status, progress, number(row, Field.SCORE),
                    status.isDone() ? completedAt : null, minutes == null ? null : Duration.ofSeconds(Math.round(minutes * 60)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            context.reject(source + ": " + file + " line " + (row.getRecordNumber() + 1) + ": " + e.getMessage());
            return null;
        }
    }

    static CompletionStatus status(String text) {
        if (text == null) {
            return null;
        }
        String normal = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return switch (normal) {
            case "completed", "complete", "done", "finished" -> CompletionStatus.COMPLETED;
            case "passed", "pass" -> CompletionStatus.PASSED;
            case "failed", "fail" -> CompletionStatus.FAILED;
            case "inprogress", "started", "notstarted", "enrolled", "registered", "incomplete" -> CompletionStatus.IN_PROGRESS;
            default -> throw new IllegalArgumentException("unknown status '" + text + "'");
        };
    }

    private String value(CSVRecord row, Field field) {
        String column = columns.column(field);
        if (column == null || !row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Double number(CSVRecord row, Field field) {
        String value = value(row, field);
        if (value == null) {
            return null;
        }
        return Double.parseDouble(value.endsWith("%") ? value.substring(0, value.length() - 1) : value);
    }

    /** ISO instants, ISO date-times (UTC), "yyyy-MM-dd HH:mm[:ss]" (UTC), ISO dates and M/d/yyyy (start of day UTC). */
    static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > 10 && (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$"))) {
            return OffsetDateTime.parse(value).toInstant();
        }
        if (value.contains("T")) {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        }
        if (value.contains(" ")) {
            return LocalDateTime.parse(value, SPACED).toInstant(ZoneOffset.UTC);
        }
        if (value.contains("/")) {
            return LocalDate.parse(value, US_DATE).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    @Override
    public void close() {
        if (openParser != null) {
            try {
                openParser.close();
            } catch (IOException ignored) {
                // closing a file we only read
            }
        }
        openParser = null;
        openRows = null;
        openFile = -1;
        openPosition = -1;
    }

    private record Position(String file, long rows) {
        static Position parse(String text) {
            if (text == null) {
                return null;
            }
            int bar = text.lastIndexOf('|');
            try {
                return new Position(text.substring(0, bar), Long.parseLong(text.substring(bar + 1)));
            } catch (RuntimeException e) {
                throw PluginException.configuration("not a position of this feed: " + text);
            }
        }

        @Override
        public String toString() {
            return file + "|" + rows;
        }
    }
}
