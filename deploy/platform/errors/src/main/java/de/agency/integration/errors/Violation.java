package de.agency.integration.errors;

/** One field of a request and the rule it breaks, e.g. {@code rows[3].startDate} and {@code must not be null}. */
public record Violation(String field, String message) {
}
