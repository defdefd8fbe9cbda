package de.agency.integration.timers;

import java.time.OffsetDateTime;

/** What a service publishes when one of its timers fires: the service's bean, called in the firing transaction. */
public interface TimerEvents {

    /**
     * Records the timer's event (through the service's outbox, in the caller's transaction).
     *
     * @return false to hold the timer back a day (e.g. its case is restricted); it fires once it is no longer held
     */
    boolean fire(DueTimer timer, OffsetDateTime firedAt);
}
