package de.agency.integration.inga.note;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Moves protected notes from older keys of the ring to the active key, in batches, until none is left. */
@ApplicationScoped
class NoteKeyRotationJob {

    private static final int BATCH = 100;

    private final ProtectedNoteService notes;

    NoteKeyRotationJob(ProtectedNoteService notes) {
        this.notes = notes;
    }

    @Scheduled(identity = "protected-note-key-rotation", every = "${inga.protected-note.reencrypt-every}",
            delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int total = 0;
        int done;
        do {
            done = notes.reencryptUnderActiveKey(BATCH);
            total += done;
        } while (done == BATCH);
        if (total > 0) {
            Log.infof("Re-encrypted %d protected note(s) under the active key", total);
        }
    }
}
