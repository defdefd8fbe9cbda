package de.agency.integration.inga.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Ends enrollments at their 24 months (MAX_DURATION_REACHED), several times a day so that none runs past its day. */
@ApplicationScoped
class MaxDurationJob {

    private static final int BATCH = 200;

    private final ExitService exits;

    MaxDurationJob(ExitService exits) {
        this.exits = exits;
    }

    @Scheduled(identity = "max-duration", every = "${inga.max-duration-job.every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        int ended;
        do {
            ended = exits.endDueEnrollments(BATCH);
            if (ended > 0) {
                Log.infof("Ended %d enrollment(s) at their maximum duration of 24 months", ended);
            }
        } while (ended == BATCH);
    }
}
