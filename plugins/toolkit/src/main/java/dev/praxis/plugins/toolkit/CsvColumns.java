package dev.praxis.plugins.toolkit;

import dev.praxis.spi.PluginException;

import java.util.EnumMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Which CSV column holds which field. Written as a setting like
 * {@code learnerEmail=Email,itemId=Course ID}; fields not named keep the plugin's default column.
 */
public record CsvColumns(Map<Field, String> columns) {

    public enum Field {
        RECORD_ID("recordId"), LEARNER_EMAIL("learnerEmail"), LEARNER_NAME("learnerName"),
        LEARNER_EXTERNAL_ID("learnerExternalId"), ITEM_ID("itemId"), ITEM_TITLE("itemTitle"), FORMAT("format"),
        STATUS("status"), PROGRESS("progress"), SCORE("score"), ENROLLED_AT("enrolledAt"), COMPLETED_AT("completedAt"),
        DURATION_MINUTES("durationMinutes"), TIME_SPENT_MINUTES("timeSpentMinutes");

        final String settingName;

        Field(String settingName) {
            this.settingName = settingName;
        }

        static Field bySettingName(String name) {
            for (Field field : values()) {
                if (field.settingName.equalsIgnoreCase(name)) {
                    return field;
                }
            }
            throw PluginException.configuration("columnMapping: unknown field '" + name + "'");
        }
    }

    public CsvColumns {
        columns = Map.copyOf(requireNonNull(columns, "columns is null"));
    }

    public static CsvColumns of(Map<Field, String> columns) {
        return new CsvColumns(columns);
    }

    /** The defaults with the overrides of a {@code field=Column,...} setting applied; blank column unmaps a field. */
    public CsvColumns withOverrides(String setting) {
        if (setting == null || setting.isBlank()) {
            return this;
        }
        Map<Field, String> merged = new EnumMap<>(Field.class);
        merged.putAll(columns);
        for (String pair : setting.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw PluginException.configuration("columnMapping: expected field=Column, got '" + pair.strip() + "'");
            }
            Field field = Field.bySettingName(pair.substring(0, eq).strip());
            String column = pair.substring(eq + 1).strip();
            if (column.isEmpty()) {
                merged.remove(field);
            } else {
                merged.put(field, column);
            }
        }
        return new CsvColumns(merged);
    }

    public String column(Field field) {
        return columns.get(field);
    }
}
