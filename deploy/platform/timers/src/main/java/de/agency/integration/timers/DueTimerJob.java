package de.agency.integration.timers;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Fires the timers that came due, batch by batch, on every replica ({@link DueTimers} keeps each to one), as often as
 * {@link TimersConfig#every()} says.
 */
@ApplicationScoped
class DueTimerJob {

    private final DueTimers timers;
    private final TimersConfig config;

    DueTimerJob(DueTimers timers, TimersConfig config) {
        this.timers = timers;
        this.config = config;
    }

    @Scheduled(identity = "due-timers", every = "${timers.every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        int taken;
        int total = 0;
        do {
            taken = timers.fireDue(config.batchSize());
            total += taken;
        } while (taken == config.batchSize());
        if (total > 0) {
            Log.infof("Fired %d due timer(s)", total);
        }
    }
}
