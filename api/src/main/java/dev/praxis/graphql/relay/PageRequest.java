package dev.praxis.graphql.relay;

import dev.praxis.graphql.ApiException;
import graphql.schema.DataFetchingEnvironment;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One page of a connection, from the Relay arguments first/after or last/before. Pages are
 * keyset pages over the row id, so a cursor stays valid while rows are added.
 *
 * @param size     rows wanted (0 to {@link #MAX_PAGE_SIZE})
 * @param afterId  only rows with a larger id, or null
 * @param beforeId only rows with a smaller id, or null
 * @param backward true for last/before: the rows closest to {@code beforeId} (or the end)
 */
public record PageRequest(int size, Long afterId, Long beforeId, boolean backward) {
    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;
    private static final String CURSOR_PREFIX = "cursor:";

    public static PageRequest first(int size) {
        return new PageRequest(size, null, null, false);
    }

    public static PageRequest from(DataFetchingEnvironment env) {
        return of(env.getArgument("first"), env.getArgument("after"), env.getArgument("last"), env.getArgument("before"));
    }

    public static PageRequest of(Integer first, String after, Integer last, String before) {
        if (first != null && last != null) {
            throw ApiException.badInput("Give either first or last, not both");
        }
        checkSize("first", first);
        checkSize("last", last);
        Long afterId = after == null ? null : decodeCursor("after", after);
        Long beforeId = before == null ? null : decodeCursor("before", before);
        boolean backward = last != null || (first == null && beforeId != null && afterId == null);
        int size = first != null ? first : last != null ? last : DEFAULT_PAGE_SIZE;
        return new PageRequest(size, afterId, beforeId, backward);
    }

    public static String cursorOf(long id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + id).getBytes(StandardCharsets.UTF_8));
    }

    private static void checkSize(String argument, Integer value) {
        if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
            throw ApiException.badInput(argument + " must be between 0 and " + MAX_PAGE_SIZE + ", was " + value);
        }
    }

    private static long decodeCursor(String argument, String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(CURSOR_PREFIX)) {
                return Long.parseLong(decoded.substring(CURSOR_PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // fall through to the error below
        }
        throw ApiException.badInput(argument + " is not a cursor this API gave out");
    }
}
