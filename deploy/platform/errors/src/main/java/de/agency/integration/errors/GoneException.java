package de.agency.integration.errors;

/**
 * What the request names existed and was removed on purpose, e.g. erased (Art. 17 GDPR); answered with 410 and the
 * rule. The message is shown to the client: it must not carry personal data.
 */
public class GoneException extends RuntimeException {

    private final String rule;

    public GoneException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
