package dev.praxis.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static java.util.Objects.requireNonNull;

/**
 * Opaque global IDs: the type name and the row id, base64url-encoded. Clients must not parse
 * them; the encoding lets {@code node(id)} route an ID to its type.
 */
public record GlobalId(String type, long id) {

    public GlobalId {
        requireNonNull(type, "type is null");
    }

    public static String encode(String type, long id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    public String encoded() {
        return encode(type, id);
    }

    /** Decodes any global ID; throws BAD_USER_INPUT for a string that is not one. */
    public static GlobalId decode(String value) {
        GlobalId id = tryDecode(value);
        if (id == null) {
            throw ApiException.badInput("'" + abbreviate(value) + "' is not a valid ID");
        }
        return id;
    }

    /** Decodes an ID that must be of the given type. */
    public static long decode(String value, String expectedType) {
        GlobalId id = decode(value);
        if (!id.type.equals(expectedType)) {
            throw ApiException.badInput("'" + abbreviate(value) + "' is not the ID of a " + expectedType);
        }
        return id.id;
    }

    /** The row id if {@code value} is an ID of the given type, else null. */
    public static Long tryDecode(String value, String expectedType) {
        GlobalId id = tryDecode(value);
        return id != null && id.type.equals(expectedType) ? id.id : null;
    }

    public static GlobalId tryDecode(String value) {
        if (value == null || value.isEmpty() || value.length() > 100) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            long id = Long.parseLong(decoded.substring(colon + 1));
            return id > 0 ? new GlobalId(decoded.substring(0, colon), id) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String abbreviate(String value) {
        return value == null ? "" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
