package dev.praxis.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * Collects every problem with a mutation's input before anything is written, so the client
 * gets all of them at once and the database gets nothing.
 */
public final class UserErrors {
    public static final String REQUIRED = "REQUIRED";
    public static final String INVALID = "INVALID";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String TOO_LONG = "TOO_LONG";
    public static final String OUT_OF_RANGE = "OUT_OF_RANGE";
    public static final String TOO_MANY = "TOO_MANY";
    public static final String CONFLICT = "CONFLICT";
    /** The phase's gate is BLOCKED and not overridden; the message lists the reasons. */
    public static final String GATE_BLOCKED = "GATE_BLOCKED";

    /** Past this many, more errors of a huge batch add noise, not information. */
    private static final int MAX_REPORTED = 100;

    private final List<UserError> errors = new ArrayList<>();
    private int dropped;

    public void add(List<String> field, String code, String message) {
        if (errors.size() < MAX_REPORTED) {
            errors.add(new UserError(List.copyOf(field), message, code));
        } else {
            dropped++;
        }
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<UserError> list() {
        if (dropped == 0) {
            return List.copyOf(errors);
        }
        return Stream.concat(errors.stream(), Stream.of(new UserError(List.of("input"),
                dropped + " more errors not listed", TOO_MANY))).toList();
    }

    /** The path of input field {@code name}, e.g. path("input", "people", 3, "email"). */
    public static List<String> path(Object... parts) {
        return Stream.of(parts).map(String::valueOf).toList();
    }

    /** Checks a required text: present, not blank, at most {@code maxLength}. Returns it stripped, or null. */
    public String requiredText(List<String> field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, REQUIRED, "must not be blank");
            return null;
        }
        return optionalText(field, value, maxLength);
    }

    /** Checks an optional text's length. Returns it stripped; blank becomes null. */
    public String optionalText(List<String> field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            add(field, TOO_LONG, "must be at most " + maxLength + " characters, was " + stripped.length());
        }
        return stripped;
    }

    /**
     * The entity a global ID names, or null: records INVALID for a string that is not an ID of
     * this type, and NOT_FOUND when {@code lookup} (scoped to the caller's organization) finds nothing.
     */
    public <T> T existing(List<String> field, String value, String type, LongFunction<T> lookup) {
        Long id = id(field, value, type);
        if (id == null) {
            return null;
        }
        T found = lookup.apply(id);
        if (found == null) {
            add(field, NOT_FOUND, "no such " + type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT));
        }
        return found;
    }

    /** Decodes a global ID of the given type; records the error and returns null when it is not one. */
    public Long id(List<String> field, String value, String type) {
        Long id = GlobalId.tryDecode(value, type);
        if (id == null) {
            add(field, INVALID, "is not the ID of a " + type);
        }
        return id;
    }
}
