package de.agency.integration.problem;

import java.util.List;

/**
 * Input that cannot be read as the operation expects, found by the application rather than by Jackson or Bean
 * Validation (e.g. a CSV line); answered with 400, naming each offending field.
 */
public class InvalidInputException extends RuntimeException {

    private final List<Problem.Violation> violations;

    public InvalidInputException(String message, List<Problem.Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
