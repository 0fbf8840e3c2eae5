package dev.praxis.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import org.jooq.exception.DataAccessException;

import java.sql.SQLTimeoutException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Turns exceptions into GraphQL errors with {@code extensions.code}. Known failures keep their
 * message; anything else becomes INTERNAL with a reference to the log line, and never shows a
 * stack trace or a class name to the client.
 */
public final class ErrorMapping implements DataFetcherExceptionHandler {
    private static final System.Logger LOG = System.getLogger(ErrorMapping.class.getName());

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters params) {
        Throwable failure = unwrap(params.getException());
        ErrorCode code;
        String message;
        if (failure instanceof ApiException api) {
            code = api.code();
            message = api.getMessage();
        } else if (isTimeout(failure)) {
            code = ErrorCode.TIMEOUT;
            message = "A database statement ran longer than the request's time limit";
        } else {
            code = ErrorCode.INTERNAL;
            String reference = UUID.randomUUID().toString();
            message = "Internal error (reference " + reference + ")";
            LOG.log(System.Logger.Level.ERROR, "Data fetcher failed at " + params.getPath() + ", reference " + reference, failure);
        }
        GraphQLError error = GraphqlErrorBuilder.newError()
                .message(message)
                .path(params.getPath())
                .location(params.getSourceLocation())
                .extensions(Map.of("code", code.name()))
                .build();
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    /**
     * The client's view of all errors of a result: each with a message, locations and path where
     * known, and {@code extensions.code}; graphql-java's classification is replaced by our code.
     */
    static List<Map<String, Object>> toSpecification(List<GraphQLError> errors, boolean cancelled) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (GraphQLError error : errors) {
            Map<String, Object> spec = new LinkedHashMap<>(error.toSpecification());
            Map<String, Object> extensions = new LinkedHashMap<>();
            if (error.getExtensions() != null) {
                extensions.putAll(error.getExtensions());
            }
            extensions.remove("classification");
            ErrorCode code = codeOf(error, cancelled);
            extensions.putIfAbsent("code", code.name());
            if (code == ErrorCode.TIMEOUT && error.getExtensions() == null) {
                spec.put("message", "The request was stopped at its time limit");
            }
            spec.put("extensions", extensions);
            result.add(spec);
        }
        return result;
    }

    static ErrorCode codeOf(GraphQLError error, boolean cancelled) {
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code != null) {
            return ErrorCode.valueOf(code.toString());
        }
        ErrorClassification type = error.getErrorType();
        String name = type == null ? "" : type.toString();
        return switch (name) {
            case "InvalidSyntax" -> ErrorCode.GRAPHQL_PARSE_FAILED;
            case "ValidationError", "OperationNotSupported" -> ErrorCode.GRAPHQL_VALIDATION_FAILED;
            case "ExecutionAborted" -> cancelled ? ErrorCode.TIMEOUT : ErrorCode.LIMIT_EXCEEDED;
            case "BadUserInput" -> ErrorCode.BAD_USER_INPUT;
            default -> ErrorCode.INTERNAL;
        };
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTimeoutException) {
                return true;
            }
        }
        return failure instanceof DataAccessException && String.valueOf(failure.getMessage()).contains("timeout");
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
