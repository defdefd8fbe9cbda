package de.agency.integration.inga;

import de.agency.integration.accessreplica.TeamMembershipReplica;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.inga.domain.CaseCustomer;
import de.agency.integration.inga.domain.CaseReplica;
import de.agency.integration.inga.domain.Consent;
import de.agency.integration.inga.domain.ConsentType;
import de.agency.integration.inga.domain.Contact;
import de.agency.integration.inga.domain.ContactForm;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.domain.EnrollmentStatus;
import de.agency.integration.inga.domain.ProtectedNote;
import de.agency.integration.inga.domain.Referral;
import de.agency.integration.inga.domain.ReferralStatus;
import de.agency.integration.inga.domain.SignedOriginal;
import de.agency.integration.inga.note.NoteCipher;
import de.agency.integration.testing.CustomerNumbers;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Enrollments put straight into the database with a contact, a consent and a protected note, for access tests. */
public final class EnrollmentFixtures {

    /**
     * An open enrollment of a customer of its own agency (so a search by agency finds it alone), and the social data
     * it holds, none of which may appear in an answer that denies access.
     */
    /** @param referralId an open referral of the case, where the fixture has one */
    public record Fixture(UUID enrollmentId, UUID caseId, String customerNumber, String agency, UUID consentId,
                          List<String> socialData, UUID referralId) {
    }

    private EnrollmentFixtures() {
    }

    /** A case inga-service knows from case-service's events, eligible for Inga, of a customer of its own. */
    public static Fixture eligibleCase() {
        return eligibleCase(false);
    }

    /** @param restricted whether case-service restricted the case (Art. 18 GDPR) */
    public static Fixture eligibleCase(boolean restricted) {
        String customerNumber = CustomerNumbers.next();
        String agency = "A" + ThreadLocalRandom.current().nextInt(1_000_000);
        UUID caseId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> kase(caseId, customerNumber, agency, restricted));
        return new Fixture(null, caseId, customerNumber, agency, null, List.of(customerNumber), null);
    }

    /** Enrolled 30 days ago with the counsellor of the team. */
    public static Fixture enrollment(String counsellor, String team) {
        return enrollment(counsellor, team, false);
    }

    /** @param restricted whether case-service restricted the enrollment's case (Art. 18 GDPR) */
    public static Fixture enrollment(String counsellor, String team, boolean restricted) {
        Fixture eligible = eligibleCase(restricted);
        String scope = "Scope-" + UUID.randomUUID();
        String note = "Note-" + UUID.randomUUID();
        LocalDate today = LocalDate.now(AgencyClock.ZONE);
        NoteCipher cipher = Arc.container().instance(NoteCipher.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            Enrollment enrollment = new Enrollment();
            enrollment.id = UUID.randomUUID();
            enrollment.caseId = eligible.caseId();
            enrollment.customerNumber = eligible.customerNumber();
            enrollment.agency = eligible.agency();
            enrollment.team = team;
            enrollment.ingaCounsellor = counsellor;
            enrollment.enrolledOn = today.minusDays(30);
            enrollment.latestEndDate = enrollment.enrolledOn.plusMonths(Enrollment.MAX_MONTHS);
            enrollment.status = EnrollmentStatus.OPEN;
            enrollment.persist();
            Contact contact = new Contact();
            contact.id = UUID.randomUUID();
            contact.enrollmentId = enrollment.id;
            contact.form = ContactForm.PHONE;
            contact.date = today.minusDays(1);
            contact.recordedBy = counsellor;
            contact.recordedAt = OffsetDateTime.now();
            contact.persist();
            Consent consent = new Consent();
            consent.id = UUID.randomUUID();
            consent.enrollmentId = enrollment.id;
            consent.type = ConsentType.THIRD_PARTY_CASE_CONFERENCE;
            consent.givenOn = today.minusDays(2);
            consent.scope = scope;
            consent.persist();
            ProtectedNote protectedNote = new ProtectedNote();
            protectedNote.enrollmentId = enrollment.id;
            protectedNote.sealed = cipher.seal(enrollment.id, note);
            protectedNote.writtenBy = counsellor;
            protectedNote.writtenAt = OffsetDateTime.now();
            protectedNote.persist();
            return new Fixture(enrollment.id, eligible.caseId(), eligible.customerNumber(), eligible.agency(),
                    consent.id, List.of(eligible.customerNumber(), scope, note), null);
        });
    }

    /** An eligible case referred by the counsellor of its team to the Inga team, still open. */
    public static Fixture referral(String caseCounsellor, String toTeam, boolean restricted) {
        Fixture eligible = eligibleCase(restricted);
        return QuarkusTransaction.requiringNew().call(() -> {
            TeamMembershipReplica.join(caseCounsellor, caseTeam(eligible.agency()), TeamMembershipReplica.COUNSELLOR);
            Referral referral = new Referral();
            referral.id = UUID.randomUUID();
            referral.caseId = eligible.caseId();
            referral.agency = eligible.agency();
            referral.fromTeam = caseTeam(eligible.agency());
            referral.toTeam = toTeam;
            referral.referredBy = caseCounsellor;
            referral.referredOn = LocalDate.now(AgencyClock.ZONE);
            referral.status = ReferralStatus.OPEN;
            referral.persist();
            return new Fixture(null, eligible.caseId(), eligible.customerNumber(), eligible.agency(), null,
                    eligible.socialData(), referral.id);
        });
    }

    /** The team of the fixtures' case of the agency. */
    public static String caseTeam(String agency) {
        return "X90-" + agency + "-CASE";
    }

    private static void kase(UUID caseId, String customerNumber, String agency, boolean restricted) {
        CaseCustomer.remember(caseId, customerNumber);
        CaseReplica kase = new CaseReplica();
        kase.caseId = caseId;
        kase.legalDomain = "SGB_III";
        kase.agency = agency;
        kase.team = caseTeam(agency);
        kase.profileCategory = "DEVELOPMENT";
        kase.restricted = restricted;
        kase.persist();
    }

    /** Keeps a signed original (a minimal PDF) of the fixture's consent, as an upload would, encrypted. */
    public static void signedOriginal(Fixture fixture) {
        NoteCipher cipher = Arc.container().instance(NoteCipher.class).get();
        byte[] pdf = "%PDF-1.7\n% signed\n".getBytes(StandardCharsets.ISO_8859_1);
        QuarkusTransaction.requiringNew().run(() -> {
            SignedOriginal original = new SignedOriginal();
            original.consentId = fixture.consentId();
            original.enrollmentId = fixture.enrollmentId();
            original.mediaType = "application/pdf";
            original.sizeBytes = pdf.length;
            original.sealed = cipher.seal(fixture.enrollmentId(), pdf);
            original.uploadedBy = "fixture";
            original.uploadedAt = OffsetDateTime.now();
            original.persist();
        });
    }
}
