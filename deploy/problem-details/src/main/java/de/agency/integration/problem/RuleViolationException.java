package de.agency.integration.problem;

/**
 * A well-formed request that breaks a domain rule; answered with 422, naming the rule and, where one field is to
 * blame, the field. The message is shown to the client: it must not carry personal free text.
 */
public class RuleViolationException extends RuntimeException {

    private final String rule;
    private final String field;

    public RuleViolationException(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public RuleViolationException(String rule, String message) {
        this(rule, null, message);
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
