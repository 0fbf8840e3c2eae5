package dev.praxis.graphql.relay;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keyset pages over a table's id column: one query for a top-level list, and one query for the
 * same page of many parents at once (a window function numbers each parent's rows), which is
 * what keeps nested connections free of N+1 queries.
 */
public final class KeysetPaging {
    private KeysetPaging() {
    }

    public static <R extends TableRecord<R>, T> Page<T> page(
            DSLContext dsl, Table<R> table, Field<Long> id, Condition where, PageRequest page, Function<R, T> mapper) {
        if (page.size() == 0) {
            return Page.empty();
        }
        List<R> rows = dsl.selectFrom(table)
                .where(where.and(cursorCondition(id, page)))
                .orderBy(order(id, page))
                .limit(page.size() + 1)
                .fetch();
        return toPage(rows, page, mapper);
    }

    public static <R extends TableRecord<R>, T> Map<Long, Page<T>> pagePerParent(
            DSLContext dsl, Table<R> table, Field<Long> id, Field<Long> parent, Collection<Long> parentIds,
            Condition where, PageRequest page, Function<R, T> mapper) {
        Map<Long, Page<T>> result = new HashMap<>();
        if (page.size() > 0 && !parentIds.isEmpty()) {
            Field<Integer> rowNumber = DSL.rowNumber().over(DSL.partitionBy(parent).orderBy(order(id, page))).as("rn");
            Table<?> numbered = dsl.select(table.fields()).select(rowNumber)
                    .from(table)
                    .where(where.and(parent.in(parentIds)).and(cursorCondition(id, page)))
                    .asTable("numbered");
            Map<Long, List<R>> rowsByParent = new LinkedHashMap<>();
            for (Record row : dsl.selectFrom(numbered)
                    .where(numbered.field(rowNumber).le(page.size() + 1))
                    .orderBy(numbered.field(rowNumber))
                    .fetch()) {
                R record = row.into(table);
                rowsByParent.computeIfAbsent(record.get(parent), key -> new ArrayList<>()).add(record);
            }
            rowsByParent.forEach((parentId, rows) -> result.put(parentId, toPage(rows, page, mapper)));
        }
        for (Long parentId : parentIds) {
            result.putIfAbsent(parentId, new Page<>(List.of(), false, page.afterId() != null && !page.backward()));
        }
        return result;
    }

    /** Row counts per parent, zero where a parent has none. */
    public static Map<Long, Integer> countPerParent(
            DSLContext dsl, Table<?> table, Field<Long> parent, Collection<Long> parentIds, Condition where) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!parentIds.isEmpty()) {
            dsl.select(parent, DSL.count()).from(table)
                    .where(where.and(parent.in(parentIds)))
                    .groupBy(parent)
                    .fetch()
                    .forEach(row -> counts.put(row.value1(), row.value2()));
        }
        parentIds.forEach(parentId -> counts.putIfAbsent(parentId, 0));
        return counts;
    }

    private static Condition cursorCondition(Field<Long> id, PageRequest page) {
        Condition condition = DSL.noCondition();
        if (page.afterId() != null) {
            condition = condition.and(id.gt(page.afterId()));
        }
        if (page.beforeId() != null) {
            condition = condition.and(id.lt(page.beforeId()));
        }
        return condition;
    }

    private static SortField<Long> order(Field<Long> id, PageRequest page) {
        return page.backward() ? id.desc() : id.asc();
    }

    private static <R, T> Page<T> toPage(List<R> rows, PageRequest page, Function<R, T> mapper) {
        boolean more = rows.size() > page.size();
        List<R> kept = new ArrayList<>(more ? rows.subList(0, page.size()) : rows);
        if (page.backward()) {
            Collections.reverse(kept);
            return new Page<>(kept.stream().map(mapper).toList(), page.beforeId() != null, more);
        }
        return new Page<>(kept.stream().map(mapper).toList(), more, page.afterId() != null);
    }
}
