package de.agency.integration.inga.service;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.errors.StateConflictException;
import de.agency.integration.inga.domain.Consent;
import de.agency.integration.inga.domain.ConsentType;
import de.agency.integration.inga.domain.Contact;
import de.agency.integration.inga.domain.ContactForm;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.event.IngaContactRecorded;
import de.agency.integration.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Contacts with enrolled customers; every form counts equally, and activities that need a consent require one. */
@ApplicationScoped
public class ContactService {

    private final Outbox outbox;
    private final EnrollmentPolicy policy;
    private final AgencyClock clock;

    ContactService(Outbox outbox, EnrollmentPolicy policy, AgencyClock clock) {
        this.outbox = outbox;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public Contact record(UUID enrollmentId, ContactForm form, LocalDate date, boolean withExternals, boolean recorded) {
        Enrollment enrollment = policy.forWork(enrollmentId);
        if (!enrollment.isOpen()) {
            throw new StateConflictException("Enrollment " + enrollmentId + " has ended", List.of());
        }
        LocalDate today = clock.today();
        if (date.isBefore(enrollment.enrolledOn) || date.isAfter(today)) {
            throw new RuleViolationException("CONTACT_DATE_WITHIN_ENROLLMENT", "date", "A contact lies between the "
                    + "enrollment (" + enrollment.enrolledOn + ") and today (" + today + ")");
        }
        if (form == ContactForm.GROUP && withExternals) {
            requireConsent(enrollment, ConsentType.THIRD_PARTY_CASE_CONFERENCE, date, "withExternals");
        }
        if (recorded) {
            requireConsent(enrollment, ConsentType.VIDEO_AUDIO_RECORDING, date, "recorded");
        }
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.enrollmentId = enrollmentId;
        contact.form = form;
        contact.date = date;
        contact.withExternals = withExternals;
        contact.recorded = recorded;
        contact.recordedBy = policy.caller();
        contact.recordedAt = clock.now();
        contact.persist();
        outbox.record(EnrollmentService.AGGREGATE, enrollmentId.toString(), IngaContactRecorded.TYPE,
                new IngaContactRecorded(1, enrollmentId, contact.id, enrollment.agency, enrollment.team,
                        enrollment.ingaCounsellor, form, date));
        return contact;
    }

    /** The contacts of an enrollment the caller may read; the read is recorded in the access log. */
    @Transactional
    public List<Contact> of(UUID enrollmentId) {
        policy.forRead(enrollmentId, "CONTACTS");
        return Contact.of(enrollmentId);
    }

    /**
     * Contacts per month over all appointments of all forms, from the enrollment to its exit (or today); the first
     * month counts as a whole month.
     */
    private static void requireConsent(Enrollment enrollment, ConsentType type, LocalDate day, String field) {
        if (!Consent.validOn(enrollment.id, type, day)) {
            throw new RuleViolationException("CONSENT_REQUIRED", field, "This activity needs a valid consent "
                    + type + " on " + day + "; record it with POST /enrollments/" + enrollment.id + "/consents");
        }
    }
}
