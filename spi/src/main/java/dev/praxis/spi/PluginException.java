package dev.praxis.spi;

import static java.util.Objects.requireNonNull;

/**
 * A failure a plugin reports on purpose, with a reason a person can act on. The message is shown to
 * the organization's operators: never put a secret in it.
 */
public final class PluginException extends RuntimeException {

    public enum Kind {
        /** The settings cannot work (bad URL, missing mapping column). Retrying will not help. */
        CONFIGURATION,
        /** The vendor refused the credentials, even after getting a fresh token. */
        AUTHENTICATION,
        /** The vendor did not answer usefully after the retries (5xx, 429, network). */
        VENDOR_UNAVAILABLE,
        /** The vendor answered something this plugin cannot read. */
        MALFORMED_RESPONSE
    }

    private final Kind kind;

    public PluginException(Kind kind, String message, Throwable cause) {
        super(requireNonNull(message, "message is null"), cause);
        this.kind = requireNonNull(kind, "kind is null");
    }

    public PluginException(Kind kind, String message) {
        this(kind, message, null);
    }

    public static PluginException configuration(String message) {
        return new PluginException(Kind.CONFIGURATION, message);
    }

    public static PluginException authentication(String message) {
        return new PluginException(Kind.AUTHENTICATION, message);
    }

    public static PluginException unavailable(String message, Throwable cause) {
        return new PluginException(Kind.VENDOR_UNAVAILABLE, message, cause);
    }

    public static PluginException malformed(String message, Throwable cause) {
        return new PluginException(Kind.MALFORMED_RESPONSE, message, cause);
    }

    public Kind kind() {
        return kind;
    }
}
