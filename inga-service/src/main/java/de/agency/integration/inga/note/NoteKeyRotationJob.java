package de.agency.integration.inga.note;

import de.agency.integration.inga.letter.SignedOriginalService;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Moves protected notes and signed consent originals from older keys of the ring to the active key, in batches, until
 * none is left.
 */
@ApplicationScoped
class NoteKeyRotationJob {

    private static final int BATCH = 100;

    private final ProtectedNoteService notes;
    private final SignedOriginalService originals;

    NoteKeyRotationJob(ProtectedNoteService notes, SignedOriginalService originals) {
        this.notes = notes;
        this.originals = originals;
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
        int documents = 0;
        do {
            done = originals.reencryptUnderActiveKey(BATCH);
            documents += done;
        } while (done == BATCH);
        if (documents > 0) {
            Log.infof("Re-encrypted %d signed consent original(s) under the active key", documents);
        }
    }
}
