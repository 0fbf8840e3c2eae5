package dev.praxis.graphql;

/**
 * The codes every GraphQL error carries in {@code extensions.code}, with the HTTP status each
 * one is closest to. Clients branch on these, never on message text.
 */
public enum ErrorCode {
    /** 400: the request is not a well-formed GraphQL-over-HTTP request (bad JSON, no query). */
    BAD_REQUEST(400),
    /** 400: the document does not parse. */
    GRAPHQL_PARSE_FAILED(400),
    /** 400: the document does not validate against the schema, or variables do not coerce. */
    GRAPHQL_VALIDATION_FAILED(400),
    /** 400: an argument is well-typed but unacceptable (a malformed ID, a page size over 100). */
    BAD_USER_INPUT(400),
    /** 401: no API key, or one that is unknown or revoked. */
    UNAUTHENTICATED(401),
    /** 403: the key is valid but may not do this. */
    FORBIDDEN(403),
    /** 404: the thing asked for does not exist in the caller's organization. */
    NOT_FOUND(404),
    /** 413 or 400: the request is too large, too deep or too complex. */
    LIMIT_EXCEEDED(400),
    /** 503: the request ran longer than its time limit and was stopped. */
    TIMEOUT(503),
    /** 500: our fault; the message carries a reference to find it in the logs. */
    INTERNAL(500);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
