package de.agency.integration.inga.note;

import de.agency.integration.inga.letter.SignedOriginalService;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.IntUnaryOperator;

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
            delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        reencryptAll("protected note(s)", notes::reencryptUnderActiveKey);
        reencryptAll("signed consent original(s)", originals::reencryptUnderActiveKey);
    }

    /** Batch after batch until one comes back short: nothing of the kind is left under an older key. */
    private static void reencryptAll(String what, IntUnaryOperator batch) {
        int total = 0;
        int done;
        do {
            done = batch.applyAsInt(BATCH);
            total += done;
        } while (done == BATCH);
        if (total > 0) {
            Log.infof("Re-encrypted %d %s under the active key", total, what);
        }
    }
}
