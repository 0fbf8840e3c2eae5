package dev.praxis.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;

/** A well-formed GraphQL-over-HTTP request: a query, and optionally an operation name, variables and extensions. */
record GraphQLRequest(String query, String operationName, Map<String, Object> variables, Map<String, Object> extensions) {
    private static final ObjectMapper CONVERTER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    static GraphQLRequest fromJson(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw bad("The body must be a JSON object with a 'query'");
        }
        return new GraphQLRequest(
                query(body.get("query")),
                optionalString(body.get("operationName"), "operationName"),
                optionalMap(body.get("variables"), "variables"),
                optionalMap(body.get("extensions"), "extensions"));
    }

    static GraphQLRequest fromQueryParameters(String query, String operationName, String variables, String extensions,
                                              ObjectMapper json) {
        if (query == null || query.isBlank()) {
            throw bad("The 'query' parameter is missing");
        }
        return new GraphQLRequest(query,
                operationName == null || operationName.isEmpty() ? null : operationName,
                parseMap(variables, "variables", json),
                parseMap(extensions, "extensions", json));
    }

    private static String query(JsonNode node) {
        if (node == null || node.isNull()) {
            throw bad("The body has no 'query'");
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw bad("'query' must be a non-empty string");
        }
        return node.asText();
    }

    private static String optionalString(JsonNode node, String name) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw bad("'" + name + "' must be a string");
        }
        return node.asText().isEmpty() ? null : node.asText();
    }

    private static Map<String, Object> optionalMap(JsonNode node, String name) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw bad("'" + name + "' must be a JSON object");
        }
        return CONVERTER.convertValue(node, MAP);
    }

    private static Map<String, Object> parseMap(String text, String name, ObjectMapper json) {
        if (text == null || text.isEmpty()) {
            return Map.of();
        }
        try {
            return optionalMap(json.readTree(text), name);
        } catch (JsonProcessingException e) {
            throw bad("'" + name + "' is not valid JSON");
        }
    }

    private static ApiException bad(String message) {
        return new ApiException(ErrorCode.BAD_REQUEST, message);
    }
}
