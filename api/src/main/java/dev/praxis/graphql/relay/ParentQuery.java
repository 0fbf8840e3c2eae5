package dev.praxis.graphql.relay;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The DataLoader key of a nested connection: whose rows (the parent), which page, which filter.
 * Keys that share page and filter are answered by one query for all their parents.
 */
public record ParentQuery<F>(long parentId, PageRequest page, F filter) {

    /** Groups keys by page and filter, and runs {@code query(group, parentIds)} once per group. */
    public static <F, T> Map<ParentQuery<F>, T> batch(Set<ParentQuery<F>> keys,
                                                    BiFunction<ParentQuery<F>, Set<Long>, Map<Long, T>> query) {
        Map<ParentQuery<F>, T> result = new HashMap<>();
        Map<ParentQuery<F>, Set<Long>> parentsByGroup = keys.stream().collect(Collectors.groupingBy(
                key -> new ParentQuery<>(0, key.page(), key.filter()),
                Collectors.mapping(ParentQuery::parentId, Collectors.toSet())));
        parentsByGroup.forEach((group, parentIds) -> query.apply(group, parentIds).forEach((parentId, value) ->
                result.put(new ParentQuery<>(parentId, group.page(), group.filter()), value)));
        return result;
    }
}
