package de.agency.integration.inga.letter;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.ResourceNotFoundException;
import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.errors.StateConflictException;
import de.agency.integration.inga.domain.Consent;
import de.agency.integration.inga.domain.SignedOriginal;
import de.agency.integration.inga.note.NoteCipher;
import de.agency.integration.inga.service.EnrollmentPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The signed original of a consent: kept encrypted under the protected note's key ring (AES-GCM, the enrollment as
 * associated data), uploaded by those who work on the enrollment, read by those who read its consents. It never
 * leaves in an event or a log line; a revocation keeps it, the case's erasure deletes it.
 */
@ApplicationScoped
public class SignedOriginalService {

    static final String RULE = "CONSENT_OF_THIS_ENROLLMENT";

    /** An original as kept, decrypted. */
    public record Document(SignedOriginal original, byte[] content) {
    }

    private final EnrollmentPolicy policy;
    private final NoteCipher cipher;
    private final AgencyClock clock;
    private final EntityManager entityManager;

    SignedOriginalService(EnrollmentPolicy policy, NoteCipher cipher, AgencyClock clock, EntityManager entityManager) {
        this.policy = policy;
        this.cipher = cipher;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** Keeps the original of the enrollment's consent; once: it is evidence and is not replaced (409). */
    @Transactional
    public SignedOriginal upload(UUID enrollmentId, UUID consentId, SignedOriginalFormat format, byte[] content) {
        policy.forWork(enrollmentId);
        Consent consent = Consent.findById(consentId);
        if (consent == null) {
            throw new ResourceNotFoundException("No consent " + consentId);
        }
        if (!consent.enrollmentId.equals(enrollmentId)) {
            throw new RuleViolationException(RULE, "consentId", "Consent " + consentId + " belongs to another "
                    + "enrollment: an original is kept with the consent it was signed for");
        }
        if (SignedOriginal.findById(consentId) != null) {
            throw new StateConflictException("The signed original of consent " + consentId + " is kept already; it "
                    + "is not replaced", List.of("GET /enrollments/{id}/consents/{consentId}/signed-original"));
        }
        SignedOriginal original = new SignedOriginal();
        original.consentId = consentId;
        original.enrollmentId = enrollmentId;
        original.mediaType = format.mediaType;
        original.sizeBytes = content.length;
        original.sealed = cipher.seal(enrollmentId, content);
        original.uploadedBy = policy.caller();
        original.uploadedAt = clock.now();
        original.persist();
        return original;
    }

    /** The original of the enrollment's consent; the read is recorded as one of the enrollment's consents. */
    @Transactional
    public Document read(UUID enrollmentId, UUID consentId) {
        policy.forRead(enrollmentId, "CONSENTS");
        SignedOriginal original = SignedOriginal.<SignedOriginal>findByIdOptional(consentId)
                .filter(found -> found.enrollmentId.equals(enrollmentId))
                .orElseThrow(() -> new ResourceNotFoundException("No signed original of consent " + consentId
                        + " is kept for enrollment " + enrollmentId));
        return new Document(original, open(original));
    }

    /** The originals of an enrollment, decrypted, for the subject access (whose caller the officer's policy checked). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Document> forSubjectAccess(UUID enrollmentId) {
        return SignedOriginal.of(enrollmentId).stream().map(original -> new Document(original, open(original)))
                .toList();
    }

    /** Moves originals from older keys of the ring to the active key; @return how many it moved. */
    @Transactional
    public int reencryptUnderActiveKey(int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> stale = entityManager.createNativeQuery("""
                        select consent_id from signed_original where key_id <> ?1
                        order by consent_id limit ?2 for update skip locked""", UUID.class)
                .setParameter(1, cipher.activeKeyId()).setParameter(2, limit)
                .getResultList();
        for (UUID consentId : stale) {
            SignedOriginal original = SignedOriginal.findById(consentId);
            original.sealed = cipher.seal(original.enrollmentId, open(original));
        }
        return stale.size();
    }

    private byte[] open(SignedOriginal original) {
        return cipher.openBytes(original.enrollmentId, original.sealed);
    }
}
