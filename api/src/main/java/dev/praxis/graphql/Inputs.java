package dev.praxis.graphql;

import graphql.schema.DataFetchingEnvironment;

import java.util.List;
import java.util.Map;

/** Typed reads of a mutation's {@code input} argument, as graphql-java has coerced it. */
public record Inputs(Map<String, Object> values) {

    public static Inputs of(DataFetchingEnvironment env) {
        return new Inputs(env.getArgument("input"));
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(String name) {
        return (T) values.get(name);
    }

    @SuppressWarnings("unchecked")
    public List<Inputs> list(String name) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) values.get(name);
        return items == null ? List.of() : items.stream().map(Inputs::new).toList();
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        Object value = values.get(name);
        return value == null ? null : Enum.valueOf(type, value.toString());
    }
}
