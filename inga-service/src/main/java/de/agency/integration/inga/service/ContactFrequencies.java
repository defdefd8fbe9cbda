package de.agency.integration.inga.service;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.figures.ContactFrequency;
import de.agency.integration.inga.domain.Contact;
import de.agency.integration.inga.domain.Enrollment;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The contact frequency of enrollments (contacts of every form per month, DESIGN.md 1.2) up to today or the exit: one
 * enrollment's with one count, many enrollments' with one statement for all.
 */
@ApplicationScoped
public class ContactFrequencies {

    private final AgencyClock clock;

    ContactFrequencies(AgencyClock clock) {
        this.clock = clock;
    }

    public EnrollmentDetails of(Enrollment enrollment) {
        return details(enrollment, Contact.countOf(enrollment.id), null);
    }

    /** With the caseload warning an enrollment answers (null: none). */
    public EnrollmentDetails of(Enrollment enrollment, String caseloadWarning) {
        return details(enrollment, Contact.countOf(enrollment.id), caseloadWarning);
    }

    /** In the order given, with one statement for all their contacts. */
    public List<EnrollmentDetails> of(List<Enrollment> enrollments) {
        if (enrollments.isEmpty()) {
            return List.of();
        }
        Map<UUID, Long> contacts = Contact.countsOf(enrollments.stream().map(e -> e.id).toList());
        return enrollments.stream()
                .map(enrollment -> details(enrollment, contacts.getOrDefault(enrollment.id, 0L), null)).toList();
    }

    private EnrollmentDetails details(Enrollment enrollment, long contacts, String caseloadWarning) {
        return new EnrollmentDetails(enrollment, ContactFrequency.of(contacts, enrollment.enrolledOn,
                enrollment.isOpen() ? clock.today() : enrollment.exitDate).perMonth(), caseloadWarning);
    }
}
