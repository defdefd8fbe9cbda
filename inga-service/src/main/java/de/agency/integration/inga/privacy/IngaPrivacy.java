package de.agency.integration.inga.privacy;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.inga.domain.Consent;
import de.agency.integration.inga.letter.SignedOriginalService;
import de.agency.integration.inga.domain.Contact;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.domain.FirstMeeting;
import de.agency.integration.inga.domain.NoteAccess;
import de.agency.integration.inga.domain.Referral;
import de.agency.integration.inga.note.ProtectedNoteService;
import de.agency.integration.inga.service.ContactFrequencies;
import de.agency.integration.inga.service.EnrollmentDetails;
import de.agency.integration.privacy.AccessLog;
import de.agency.integration.privacy.RetentionRule;
import de.agency.integration.privacy.RetentionRules;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * inga-service's part of the data lifecycle (DESIGN.md 1.6): its retention rules, the protected-note audit's own
 * retention, and the subject access (Art. 15 GDPR) for the data protection officer: every enrollment of a customer
 * with contacts, consents (their signed originals decrypted) and the protected note decrypted with its audit; the
 * reads recorded in the access log and the note's reading in its audit.
 */
@ApplicationScoped
public class IngaPrivacy implements RetentionRules {

    /** An enrollment with everything about it. */
    public record EnrollmentRecord(EnrollmentDetails enrollment, List<Contact> contacts, List<Consent> consents,
                                   ProtectedNoteService.Note protectedNote, List<NoteAccess> noteAudit,
                                   List<FirstMeeting> firstMeetings,
                                   List<SignedOriginalService.Document> signedOriginals) {
    }

    private final IngaPrivacyConfig config;
    private final ProtectedNoteService notes;
    private final AccessLog accessLog;
    private final EntityManager entityManager;
    private final AgencyClock clock;
    private final ContactFrequencies frequencies;
    private final SignedOriginalService originals;

    IngaPrivacy(IngaPrivacyConfig config, ProtectedNoteService notes, AccessLog accessLog, EntityManager entityManager,
                AgencyClock clock, ContactFrequencies frequencies, SignedOriginalService originals) {
        this.frequencies = frequencies;
        this.originals = originals;
        this.config = config;
        this.notes = notes;
        this.accessLog = accessLog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public List<RetentionRule> rules() {
        return List.of(
                new RetentionRule("Inga enrollment, contacts, consents with their signed originals, exit "
                        + "justification, protected note", null,
                        "with the case", "erased when case-service erases the case (CaseErased)"),
                new RetentionRule("customer number of a case", null, "with the case",
                        "erased on the case's tombstone on topic case-customers"),
                new RetentionRule("protected-note audit: who read or wrote which note, when (no customer number)",
                        config.noteAuditRetention(), "from the access", "deleted by a daily job"));
    }

    @Scheduled(identity = "note-audit-retention", every = "${inga.privacy.note-audit-purge-every:24h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        purgeNoteAudit();
    }

    /** @return the number of audit rows deleted */
    @Transactional
    public int purgeNoteAudit() {
        int deleted = entityManager.createNativeQuery("delete from protected_note_audit where at < :cutoff")
                .setParameter("cutoff", clock.now().minus(config.noteAuditRetention())).executeUpdate();
        if (deleted > 0) {
            Log.infof("Deleted %d protected-note audit rows older than %s", deleted, config.noteAuditRetention());
        }
        return deleted;
    }

    /** Everything about the customer's enrollments, restricted ones included. */
    @Transactional
    public List<EnrollmentRecord> subjectAccess(String customerNumber) {
        List<Enrollment> enrollments = Enrollment.list("customerNumber = ?1 order by enrolledOn", customerNumber);
        accessLog.read(AccessLog.SUBJECT_ACCESS, enrollments.stream()
                .map(enrollment -> new AccessLog.Subject(enrollment.id.toString(), customerNumber)).toList());
        return enrollments.stream().map(enrollment -> new EnrollmentRecord(frequencies.of(enrollment),
                Contact.of(enrollment.id),
                Consent.of(enrollment.id), notes.readForSubjectAccess(enrollment.id).orElse(null),
                NoteAccess.list("enrollmentId = ?1 order by id", enrollment.id),
                FirstMeeting.historyOf(enrollment.id), originals.forSubjectAccess(enrollment.id))).toList();
    }

    /** The referrals of the customer's cases, declined ones with their note. */
    @Transactional
    public List<Referral> referrals(String customerNumber) {
        List<Referral> referrals = Referral.list("caseId in (select c.caseId from CaseCustomer c "
                + "where c.customerNumber = ?1) order by referredOn", customerNumber);
        accessLog.read(AccessLog.SUBJECT_ACCESS, referrals.stream()
                .map(referral -> new AccessLog.Subject(referral.id.toString(), customerNumber)).toList());
        return referrals;
    }
}
