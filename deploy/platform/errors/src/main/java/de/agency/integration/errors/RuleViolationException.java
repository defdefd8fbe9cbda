package de.agency.integration.errors;

import java.util.List;

/**
 * A well-formed request that breaks a domain rule; answered with 422, naming the rule and, where one field is to
 * blame, the field. The message is shown to the client: it must not carry personal free text.
 */
public class RuleViolationException extends RuntimeException {

    private final String rule;
    private final List<Violation> violations;

    public RuleViolationException(String rule, String field, String message) {
        this(rule, message, field == null ? List.of() : List.of(new Violation(field, message)));
    }

    /** A rule broken in several places, e.g. by several rows of an import; each violation names its field. */
    public RuleViolationException(String rule, String message, List<Violation> violations) {
        super(message);
        this.rule = rule;
        this.violations = List.copyOf(violations);
    }

    public RuleViolationException(String rule, String message) {
        this(rule, null, message);
    }

    public String rule() {
        return rule;
    }

    public List<Violation> violations() {
        return violations;
    }
}
