package de.agency.integration.errors;

import java.util.List;

/**
 * Input that cannot be read as the operation expects, found by the application rather than by Jackson or Bean
 * Validation (e.g. a CSV line); answered with 400, naming each offending field.
 */
public class InvalidInputException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInputException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
