package de.agency.integration.inga.service;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.ResourceNotFoundException;
import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.errors.StateConflictException;
import de.agency.integration.inga.domain.Consent;
import de.agency.integration.inga.domain.ConsentLetterTemplate;
import de.agency.integration.inga.domain.ConsentType;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.event.ConsentRecorded;
import de.agency.integration.inga.event.ConsentRevoked;
import de.agency.integration.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Consents (Einwilligungen) of enrolled customers, revocable. */
@ApplicationScoped
public class ConsentService {

    static final String TEMPLATE_RULE = "LETTER_TEMPLATE_VERSION";

    private final Outbox outbox;
    private final EnrollmentPolicy policy;
    private final AgencyClock clock;

    ConsentService(Outbox outbox, EnrollmentPolicy policy, AgencyClock clock) {
        this.outbox = outbox;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Records a consent signed on a version of the type's letter template: the one named, else the one in force on
     * the day it was given (422 {@value #TEMPLATE_RULE} for a version the type does not have).
     */
    @Transactional
    public Consent record(UUID enrollmentId, ConsentType type, LocalDate givenOn, String scope,
                          Integer templateVersion) {
        Enrollment enrollment = policy.forWork(enrollmentId);
        if (!enrollment.isOpen()) {
            throw new StateConflictException("Enrollment " + enrollmentId + " has ended: a consent is recorded for "
                    + "an open enrollment", List.of());
        }
        if (givenOn.isAfter(clock.today())) {
            throw new RuleViolationException("CONSENT_NOT_IN_THE_FUTURE", "givenOn", "A consent is recorded once given");
        }
        Consent consent = new Consent();
        consent.templateVersion = signedOn(type, givenOn, templateVersion);
        consent.id = UUID.randomUUID();
        consent.enrollmentId = enrollmentId;
        consent.type = type;
        consent.givenOn = givenOn;
        consent.scope = scope;
        consent.persist();
        outbox.record(EnrollmentService.AGGREGATE, enrollmentId.toString(), ConsentRecorded.TYPE,
                new ConsentRecorded(1, enrollmentId, consent.id, type, givenOn));
        return consent;
    }

    private static Integer signedOn(ConsentType type, LocalDate givenOn, Integer templateVersion) {
        if (templateVersion == null) {
            return ConsentLetterTemplate.inForceOn(type, givenOn).map(template -> template.version).orElse(null);
        }
        if (ConsentLetterTemplate.version(type, templateVersion).isEmpty()) {
            throw new RuleViolationException(TEMPLATE_RULE, "templateVersion", "The letter template of " + type
                    + " has no version " + templateVersion);
        }
        return templateVersion;
    }

    /**
     * Revoked as of today; activities from today on need a new consent. A consent can be revoked at any time
     * (Art. 7 (3) GDPR), also after the enrollment ended.
     */
    @Transactional
    public Consent revoke(UUID enrollmentId, UUID consentId) {
        Enrollment enrollment = policy.forWork(enrollmentId);
        Consent consent = Consent.findById(consentId);
        if (consent == null || !consent.enrollmentId.equals(enrollmentId)) {
            throw new ResourceNotFoundException("Enrollment " + enrollmentId + " has no consent " + consentId);
        }
        if (consent.revokedOn != null) {
            throw new StateConflictException("Consent " + consentId + " was revoked on " + consent.revokedOn, List.of());
        }
        LocalDate today = clock.today();
        consent.revokedOn = today.isBefore(consent.givenOn) ? consent.givenOn : today;
        outbox.record(EnrollmentService.AGGREGATE, enrollmentId.toString(), ConsentRevoked.TYPE,
                new ConsentRevoked(1, enrollmentId, consentId, consent.type, consent.revokedOn));
        return consent;
    }

    /** The consents of an enrollment the caller may read; the read is recorded in the access log. */
    @Transactional
    public List<Consent> of(UUID enrollmentId) {
        policy.forRead(enrollmentId, "CONSENTS");
        return Consent.of(enrollmentId);
    }
}
