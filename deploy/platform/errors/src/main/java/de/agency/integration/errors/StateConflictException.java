package de.agency.integration.errors;

import java.util.List;

/** A request the resource's current state does not allow; answered with 409, naming what is allowed now. */
public class StateConflictException extends RuntimeException {

    private final List<String> allowed;

    public StateConflictException(String message, List<String> allowed) {
        super(message);
        this.allowed = List.copyOf(allowed);
    }

    public List<String> allowed() {
        return allowed;
    }
}
