package de.agency.integration.errors;

import java.time.Duration;

/**
 * Something the request needs is unreachable for now (e.g. the access log cannot be written, so the read it would
 * record must not happen); answered with 503 and {@code Retry-After}.
 */
public class DependencyUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public DependencyUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
