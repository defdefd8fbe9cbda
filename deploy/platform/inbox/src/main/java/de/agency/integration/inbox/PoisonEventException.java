package de.agency.integration.inbox;

/** A record that can never be processed, however often it is delivered; it goes to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }
}
