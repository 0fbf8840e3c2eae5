package dev.praxis.graphql.relay;

import java.util.List;
import java.util.function.Function;

/** The rows of one page, in id order, and whether there are more on either side. */
public record Page<T>(List<T> items, boolean hasNext, boolean hasPrevious) {

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), false, false);
    }

    public <U> Page<U> map(Function<? super T, ? extends U> mapper) {
        return new Page<>(items.stream().<U>map(mapper).toList(), hasNext, hasPrevious);
    }
}
