package de.agency.integration.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.errors.StateConflictException;
import de.agency.integration.errors.Violation;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response ({@value #MEDIA_TYPE}).
 *
 * @param violations extension member: each offending field and the rule it breaks
 * @param rule       extension member: the domain rule a 422 refers to, e.g. {@code SGB2_PROFILING_ASSESSMENT_NOTE}
 * @param allowed    extension member: what a 409 allows in the resource's current state
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, URI instance, List<Violation> violations,
                      String rule, List<String> allowed) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, URI instance) {
        return new Problem(null, title, status, detail, instance, List.of(), null, List.of());
    }

    public static Problem invalid(String detail, URI instance, List<Violation> violations) {
        return new Problem(null, "Bad Request", 400, detail, instance, violations, null, List.of());
    }

    static Problem ruleViolated(RuleViolationException e, URI instance) {
        return new Problem(null, "Unprocessable Content", 422, e.getMessage(), instance, e.violations(), e.rule(),
                List.of());
    }

    static Problem conflict(StateConflictException e, URI instance) {
        return new Problem(null, "Conflict", 409, e.getMessage(), instance, List.of(), null, e.allowed());
    }
}
