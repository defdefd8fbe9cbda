package de.agency.integration.inga.note;

import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.domain.NoteAccess;
import de.agency.integration.inga.domain.ProtectedNote;
import de.agency.integration.inga.service.EnrollmentAccess;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The protected note (geschütztes Textfeld) of an enrollment: written by the Inga counsellor and deputies holding
 * INTEGRATION_COUNSELLOR_SGB3, read also by leads of the team holding INGA_ADDITIONAL_PERMISSION, by nobody else.
 * Every read, write and refusal is audited; the text is only ever held encrypted.
 */
@ApplicationScoped
public class ProtectedNoteService {

    /** The note as its reader sees it. */
    public record Note(UUID enrollmentId, String text, String writtenBy, OffsetDateTime writtenAt) {
    }

    private final NoteCipher cipher;
    private final EnrollmentAccess access;
    private final Clock clock;

    ProtectedNoteService(NoteCipher cipher, EnrollmentAccess access, Clock clock) {
        this.cipher = cipher;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Optional<Note> read(UUID enrollmentId) {
        Enrollment enrollment = Enrollment.findExisting(enrollmentId);
        if (!access.mayReadNote(enrollment)) {
            throw refused(enrollmentId, NoteAccess.Action.READ_DENIED);
        }
        audit(enrollmentId, NoteAccess.Action.READ);
        ProtectedNote note = ProtectedNote.findById(enrollmentId);
        return Optional.ofNullable(note).map(n -> new Note(enrollmentId, cipher.open(enrollmentId,
                new NoteCipher.Sealed(n.keyId, n.nonce, n.ciphertext)), n.writtenBy, n.writtenAt));
    }

    @Transactional
    public Note write(UUID enrollmentId, String text) {
        Enrollment enrollment = Enrollment.findExisting(enrollmentId);
        if (!access.mayWork(enrollment)) {
            throw refused(enrollmentId, NoteAccess.Action.WRITE_DENIED);
        }
        ProtectedNote note = ProtectedNote.<ProtectedNote>findByIdOptional(enrollmentId).orElseGet(() -> {
            ProtectedNote created = new ProtectedNote();
            created.enrollmentId = enrollmentId;
            return created;
        });
        NoteCipher.Sealed sealed = cipher.seal(enrollmentId, text);
        note.keyId = sealed.keyId();
        note.nonce = sealed.nonce();
        note.ciphertext = sealed.ciphertext();
        note.writtenBy = access.caller();
        note.writtenAt = OffsetDateTime.now(clock);
        note.persist();
        audit(enrollmentId, NoteAccess.Action.WRITE);
        return new Note(enrollmentId, text, note.writtenBy, note.writtenAt);
    }

    /** The refusal is audited in its own transaction, which the refusal does not roll back. */
    private ForbiddenException refused(UUID enrollmentId, NoteAccess.Action action) {
        QuarkusTransaction.requiringNew().run(() -> audit(enrollmentId, action));
        return new ForbiddenException("Only the Inga counsellor of the enrollment and deputies holding "
                + "INTEGRATION_COUNSELLOR_SGB3 may write the protected note; team leads holding "
                + "INGA_ADDITIONAL_PERMISSION for its team may also read it. Nobody else.");
    }

    private void audit(UUID enrollmentId, NoteAccess.Action action) {
        NoteAccess entry = new NoteAccess();
        entry.enrollmentId = enrollmentId;
        entry.userId = access.caller();
        entry.action = action;
        entry.at = OffsetDateTime.now(clock);
        entry.persist();
    }
}
