package de.agency.integration.errors;

/**
 * The caller may not do this to this resource (need-to-know, DESIGN.md 1.5): the object-level refusal of a policy,
 * beyond the role an endpoint needs; answered with 403. The message is shown to the caller: who may, never what the
 * resource holds.
 */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
