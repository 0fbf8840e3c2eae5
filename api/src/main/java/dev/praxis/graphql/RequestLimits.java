package dev.praxis.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.parser.ParserOptions;
import graphql.validation.QueryComplexityLimits;
import dev.praxis.graphql.relay.PageRequest;

import java.time.Duration;
import java.util.List;

/**
 * The bounds on one request, so that no single query can exhaust the server: the size of the
 * document, its depth and field count, its estimated cost and its running time.
 *
 * <p>Cost: every field costs 1 plus what it selects; a connection multiplies what it selects by
 * its page size (first or last, else the default of 20).
 */
public record RequestLimits(int maxDepth, int maxFields, int maxComplexity, int maxTokens, int maxCharacters,
                            Duration timeout) {

    public static RequestLimits defaults(Duration timeout) {
        return new RequestLimits(15, 2_000, 250_000, 20_000, 500_000, timeout);
    }

    ParserOptions parserOptions() {
        return ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxTokens(maxTokens)
                .maxCharacters(maxCharacters)
                .maxRuleDepth(200)
                .redactTokenParserErrorMessages(true));
    }

    QueryComplexityLimits validationLimits() {
        return QueryComplexityLimits.newLimits().maxDepth(maxDepth + 5).maxFieldsCount(maxFields).build();
    }

    Instrumentation instrumentation() {
        return new ChainedInstrumentation(List.of(
                new MaxQueryDepthInstrumentation(maxDepth),
                new MaxQueryComplexityInstrumentation(maxComplexity, costPerField())));
    }

    private static FieldComplexityCalculator costPerField() {
        return (environment, childComplexity) -> {
            Object first = environment.getArguments().get("first");
            Object last = environment.getArguments().get("last");
            boolean connection = environment.getFieldDefinition().getArgument("first") != null;
            if (!connection) {
                return 1 + childComplexity;
            }
            int pageSize = first instanceof Integer n ? n : last instanceof Integer n ? n : PageRequest.DEFAULT_PAGE_SIZE;
            return 1 + Math.max(1, pageSize) * childComplexity;
        };
    }
}
