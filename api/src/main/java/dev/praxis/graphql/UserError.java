package dev.praxis.graphql;

import java.util.List;

/** A problem with one field of a mutation's input, as the client sees it. */
public record UserError(List<String> field, String message, String code) {
}
