package de.agency.integration.inga.privacy;

import static de.agency.integration.inga.IngaApi.SGB3;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.contracts.EventContract;
import de.agency.integration.inga.EnrollmentFixtures;
import de.agency.integration.inga.EnrollmentFixtures.Fixture;
import de.agency.integration.inga.Replicas;
import de.agency.integration.inga.domain.CaseCustomer;
import de.agency.integration.inga.domain.DueDateKind;
import de.agency.integration.inga.domain.Referral;
import de.agency.integration.inga.domain.ReferralStatus;
import de.agency.integration.testing.AccessLogs;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import de.agency.integration.timers.DueTimers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * inga-service follows case-service's data lifecycle through Kafka (DESIGN.md 1.6): the customer number from the
 * compacted topic and gone with its tombstone, a restriction that freezes the Inga data, an erasure that erases it;
 * and it answers the data protection officer's subject access.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class IngaPrivacyTest {

    static final String TEAM = "X90-941-INGA";
    static final Caller COUNSELLOR = Caller.of("privacy-counsellor", SGB3);
    static final Caller LEAD = Caller.of("privacy-lead", "TEAM_LEAD");
    static final Caller OFFICER = Caller.of("dpo", "DATA_PROTECTION_OFFICER");

    @Inject
    EntityManager entityManager;

    @Inject
    DueTimers timers;

    @BeforeAll
    static void team() {
        Replicas.grant("privacy-counsellor", SGB3, TEAM);
        Replicas.lead("privacy-lead", TEAM);
    }

    @Test
    void theCustomerNumberComesFromTheCompactedTopicAndGoesWithItsTombstone() {
        UUID caseId = UUID.randomUUID();
        String record = "{\"schemaVersion\":1,\"caseId\":\"" + caseId + "\",\"customerNumber\":\"321X654987\"}";
        EventContract.assertAccepted("CaseCustomer", record);

        TestKafka.send(new ProducerRecord<>("case-customers", caseId.toString(), record));
        await().atMost(Duration.ofSeconds(30)).until(() -> numberOf(caseId).filter("321X654987"::equals).isPresent());

        TestKafka.send(new ProducerRecord<>("case-customers", caseId.toString(), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> numberOf(caseId).isEmpty());
    }

    @Test
    void aRestrictedCaseFreezesItsIngaDataUntilLifted() {
        Fixture fixture = EnrollmentFixtures.enrollment("privacy-counsellor", TEAM);
        String contact = "{\"form\":\"PHONE\",\"date\":\"" + LocalDate.now(AgencyClock.ZONE) + "\"}";

        caseEvent(fixture.caseId(), "CaseRestricted", "{\"schemaVersion\":1,\"caseId\":\"" + fixture.caseId()
                + "\",\"restrictedAt\":\"2026-11-30T09:00:00Z\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> COUNSELLOR.request().body(contact)
                .post("/enrollments/{id}/contacts", fixture.enrollmentId()).then().statusCode(409)
                .body("detail", containsString("restricted")));
        LEAD.request().get("/enrollments/{id}", fixture.enrollmentId()).then().statusCode(403);
        COUNSELLOR.request().get("/enrollments/{id}/protected-note", fixture.enrollmentId()).then().statusCode(403);
        OFFICER.request().get("/enrollments/{id}/consents", fixture.enrollmentId()).then().statusCode(200);

        caseEvent(fixture.caseId(), "CaseRestrictionLifted", "{\"schemaVersion\":1,\"caseId\":\"" + fixture.caseId()
                + "\",\"liftedAt\":\"2026-11-30T10:00:00Z\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> COUNSELLOR.request().body(contact)
                .post("/enrollments/{id}/contacts", fixture.enrollmentId()).then().statusCode(201));
    }

    @Test
    void anErasedCaseTakesItsEnrollmentsContactsConsentsNoteAndNumber_theAuditKeepsIdsOnly() {
        Fixture fixture = EnrollmentFixtures.enrollment("privacy-counsellor", TEAM);
        COUNSELLOR.request().get("/enrollments/{id}/protected-note", fixture.enrollmentId()).then().statusCode(200);
        COUNSELLOR.request().get("/enrollments/{id}/contacts", fixture.enrollmentId()).then().statusCode(200);
        assertEquals(1, AccessLogs.about(fixture.customerNumber()).getInt("total"));
        firstMeeting(fixture);
        acceptedReferral(fixture);
        EnrollmentFixtures.signedOriginal(fixture);
        LocalDate end = LocalDate.now(AgencyClock.ZONE).plusMonths(23);
        QuarkusTransaction.requiringNew().run(() -> timers.set(DueDateKind.ENROLLMENT_END.name(),
                fixture.enrollmentId(), fixture.enrollmentId(), end, end.minusDays(60)));

        caseEvent(fixture.caseId(), "CaseErased", "{\"schemaVersion\":1,\"caseId\":\"" + fixture.caseId()
                + "\",\"erasedAt\":\"2036-12-01T02:30:00Z\"}");

        await().atMost(Duration.ofSeconds(30)).until(() -> rows("enrollment", "id", fixture.enrollmentId()) == 0);
        assertEquals(0, rows("referral", "case_id", fixture.caseId()), "referral");
        assertEquals(0, rows("due_timer", "aggregate_id", fixture.enrollmentId()), "due_timer");
        for (String table : List.of("contact", "signed_original", "consent", "protected_note", "first_meeting")) {
            assertEquals(0, rows(table, "enrollment_id", fixture.enrollmentId()), table);
        }
        assertTrue(numberOf(fixture.caseId()).isEmpty());
        assertEquals(1, rows("protected_note_audit", "enrollment_id", fixture.enrollmentId()), "the audit keeps its row");
        COUNSELLOR.request().get("/enrollments/{id}", fixture.enrollmentId()).then().statusCode(404);
        assertEquals(0, AccessLogs.about(fixture.customerNumber()).getInt("total"), "the access log names nobody");
    }

    @Test
    void theSubjectAccessShowsEverythingWithTheNoteDecryptedAndAuditedAndIsLogged() {
        Fixture fixture = EnrollmentFixtures.enrollment("privacy-counsellor", TEAM);
        firstMeeting(fixture);
        UUID referral = acceptedReferral(fixture);
        EnrollmentFixtures.signedOriginal(fixture);

        OFFICER.request().get("/privacy/customers/{number}", fixture.customerNumber()).then().statusCode(200)
                .body("enrollments[0].firstMeetings.size()", equalTo(1))
                .body("referrals[0].id", equalTo(referral.toString()))
                .body("service", equalTo("inga-service"))
                .body("enrollments[0].enrollment.id", equalTo(fixture.enrollmentId().toString()))
                .body("enrollments[0].consents[0].scope", equalTo(fixture.socialData().get(1)))
                .body("enrollments[0].protectedNote.text", equalTo(fixture.socialData().get(2)))
                .body("enrollments[0].contacts.size()", equalTo(1))
                .body("enrollments[0].signedOriginals[0].consentId", equalTo(fixture.consentId().toString()))
                .body("enrollments[0].signedOriginals[0].content", equalTo(Base64.getEncoder().encodeToString(
                        "%PDF-1.7\n% signed\n".getBytes(StandardCharsets.ISO_8859_1))))
                .body("enrollments[0].protectedNoteAudit.userId", hasItems("dpo"));

        assertEquals(List.of("SUBJECT_ACCESS", "SUBJECT_ACCESS"),
                AccessLogs.about(fixture.customerNumber()).getList("items.resourceKind"), "the enrollment, the referral");
        COUNSELLOR.request().get("/privacy/retention").then().statusCode(200)
                .body("dataKind", hasItem(containsString("protected-note audit")));
    }

    private static void firstMeeting(Fixture fixture) {
        COUNSELLOR.request().body("{\"heldOn\":\"" + LocalDate.now(AgencyClock.ZONE) + "\"}")
                .post("/enrollments/{id}/first-meeting", fixture.enrollmentId()).then().statusCode(201);
    }

    /** The referral the enrollment came from. */
    private static UUID acceptedReferral(Fixture fixture) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Referral referral = new Referral();
            referral.id = UUID.randomUUID();
            referral.caseId = fixture.caseId();
            referral.agency = fixture.agency();
            referral.fromTeam = EnrollmentFixtures.caseTeam(fixture.agency());
            referral.toTeam = TEAM;
            referral.referredBy = "privacy-case-counsellor";
            referral.referredOn = LocalDate.now(AgencyClock.ZONE).minusDays(31);
            referral.status = ReferralStatus.ACCEPTED;
            referral.enrollmentId = fixture.enrollmentId();
            referral.persist();
            return referral.id;
        });
    }

    private static void caseEvent(UUID caseId, String type, String data) {
        EventContract.assertAccepted(type, data);
        TestKafka.send(TestKafka.cloudEvent("case-events", caseId.toString(), UUID.randomUUID().toString(), type, data));
    }

    private static java.util.Optional<String> numberOf(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> CaseCustomer.numberOf(caseId));
    }

    private long rows(String table, String column, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from " + table + " where " + column + " = :id").setParameter("id", id)
                .getSingleResult()).longValue());
    }
}
