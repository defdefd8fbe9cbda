package de.agency.integration.inbox;

/**
 * Thrown by an effect that must not run now for a reason that passes by itself and is not the event's fault (e.g.
 * the read models are being rebuilt): the effect's transaction rolls back, the event waits, as it does while the
 * database cannot be reached, and is tried again without counting an attempt; it never goes to the dead-letter topic
 * for it.
 */
public class ConsumptionPausedException extends RuntimeException {

    public ConsumptionPausedException(String reason) {
        super(reason, null, false, false);
    }
}
