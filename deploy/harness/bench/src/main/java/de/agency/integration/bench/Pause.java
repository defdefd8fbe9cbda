package de.agency.integration.bench;

import java.time.Duration;

/** The benchmark's waits while it polls: an interrupt ends one early and stays set for the caller to see. */
final class Pause {

    private Pause() {
    }

    static void of(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
