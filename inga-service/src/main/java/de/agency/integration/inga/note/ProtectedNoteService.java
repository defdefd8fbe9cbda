package de.agency.integration.inga.note;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.AccessDeniedException;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.domain.NoteAccess;
import de.agency.integration.inga.domain.ProtectedNote;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The protected note (geschütztes Textfeld) of an enrollment, accessed as {@link ProtectedNotePolicy} says. Every
 * read, write, refusal and re-encryption is audited; the text is only ever held encrypted.
 */
@ApplicationScoped
public class ProtectedNoteService {

    /** Who the audit names for a re-encryption under the active key. */
    static final String KEY_ROTATION = "system:key-rotation";

    /** The note as its reader sees it. */
    public record Note(UUID enrollmentId, String text, String writtenBy, OffsetDateTime writtenAt) {
    }

    private final NoteCipher cipher;
    private final ProtectedNotePolicy policy;
    private final EntityManager entityManager;
    private final AgencyClock clock;

    ProtectedNoteService(NoteCipher cipher, ProtectedNotePolicy policy, EntityManager entityManager,
                         AgencyClock clock) {
        this.cipher = cipher;
        this.policy = policy;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public Optional<Note> read(UUID enrollmentId) {
        Enrollment enrollment = Enrollment.findExisting(enrollmentId);
        if (!policy.mayRead(enrollment)) {
            throw refused(enrollmentId, NoteAccess.Action.READ_DENIED);
        }
        return auditedRead(enrollmentId);
    }

    /**
     * The note for the data protection officer's subject access (Art. 15 GDPR), whom the resource has checked;
     * audited like every read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Note> readForSubjectAccess(UUID enrollmentId) {
        return auditedRead(enrollmentId);
    }

    private Optional<Note> auditedRead(UUID enrollmentId) {
        audit(enrollmentId, policy.caller(), NoteAccess.Action.READ);
        ProtectedNote note = ProtectedNote.findById(enrollmentId);
        return Optional.ofNullable(note).map(n -> new Note(enrollmentId, cipher.open(enrollmentId, n.sealed),
                n.writtenBy, n.writtenAt));
    }

    @Transactional
    public Note write(UUID enrollmentId, String text) {
        Enrollment enrollment = Enrollment.findExisting(enrollmentId);
        if (!policy.mayWrite(enrollment)) {
            throw refused(enrollmentId, NoteAccess.Action.WRITE_DENIED);
        }
        policy.requireCurrent(enrollment);
        policy.requireNotRestricted(enrollment);
        ProtectedNote note = ProtectedNote.<ProtectedNote>findByIdOptional(enrollmentId).orElseGet(() -> {
            ProtectedNote created = new ProtectedNote();
            created.enrollmentId = enrollmentId;
            return created;
        });
        note.sealed = cipher.seal(enrollmentId, text);
        note.writtenBy = policy.caller();
        note.writtenAt = clock.now();
        note.persist();
        audit(enrollmentId, policy.caller(), NoteAccess.Action.WRITE);
        return new Note(enrollmentId, text, note.writtenBy, note.writtenAt);
    }

    /**
     * Re-encrypts notes still under an older key of the ring under the active one; the notes are locked and those
     * another replica holds skipped, so replicas never do one twice. The writer and time of the note stay.
     *
     * @return the number of notes re-encrypted
     */
    @Transactional
    public int reencryptUnderActiveKey(int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> stale = entityManager.createNativeQuery("""
                        select enrollment_id from protected_note where key_id <> ?1
                        order by enrollment_id limit ?2 for update skip locked""", UUID.class)
                .setParameter(1, cipher.activeKeyId()).setParameter(2, limit)
                .getResultList();
        for (UUID enrollmentId : stale) {
            ProtectedNote note = ProtectedNote.findById(enrollmentId);
            note.sealed = cipher.seal(enrollmentId, cipher.open(enrollmentId, note.sealed));
            audit(enrollmentId, KEY_ROTATION, NoteAccess.Action.REENCRYPTED);
        }
        return stale.size();
    }

    /** The refusal is audited in its own transaction, which the refusal does not roll back. */
    private AccessDeniedException refused(UUID enrollmentId, NoteAccess.Action action) {
        String caller = policy.caller();
        QuarkusTransaction.requiringNew().run(() -> audit(enrollmentId, caller, action));
        return new AccessDeniedException("Only the Inga counsellor of the enrollment and deputies holding "
                + "INTEGRATION_COUNSELLOR_SGB3 may write the protected note; team leads holding "
                + "INGA_ADDITIONAL_PERMISSION for its team may also read it. Nobody else.");
    }

    private void audit(UUID enrollmentId, String userId, NoteAccess.Action action) {
        NoteAccess entry = new NoteAccess();
        entry.enrollmentId = enrollmentId;
        entry.userId = userId;
        entry.action = action;
        entry.at = clock.now();
        entry.persist();
    }
}
