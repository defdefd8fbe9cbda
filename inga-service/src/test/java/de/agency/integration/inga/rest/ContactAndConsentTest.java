package de.agency.integration.inga.rest;

import static de.agency.integration.inga.IngaApi.SGB3;
import static de.agency.integration.inga.IngaApi.as;
import static de.agency.integration.inga.IngaApi.enrolledCustomer;
import static de.agency.integration.inga.IngaApi.ingaCounsellor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.contracts.EventContract;
import de.agency.integration.inga.Replicas;
import de.agency.integration.testing.MovableClock;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Contacts of every form count equally; activities that need a consent are refused without a valid one. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class ContactAndConsentTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyFormCountsEquallyInTheContactFrequency() {
        String counsellor = ingaCounsellor();
        clock.setDay(LocalDate.of(2026, 1, 1));
        String id = enrolledCustomer(counsellor);
        clock.setDay(LocalDate.of(2026, 3, 2));
        for (String form : new String[] {"IN_PERSON", "PHONE", "VIDEO", "WRITTEN", "GROUP", "PHONE"}) {
            contact(counsellor, id, form, "2026-02-01", false, false).then().statusCode(201);
        }

        as(counsellor, SGB3).get("/enrollments/{id}/contacts", id).then().body("$", hasSize(6));
        // 6 contacts over 60 days (1.97 months)
        as(counsellor, SGB3).get("/enrollments/{id}", id).then().body("contactFrequency", equalTo(3.04f));

        String contact = TestKafka.await("inga-events",
                r -> id.equals(r.key()) && "IngaContactRecorded".equals(TestKafka.header(r, "ce_type"))).value();
        EventContract.assertConforms("IngaContactRecorded", contact);
    }

    @Test
    void groupContactWithExternalsNeedsTheCaseConferenceConsent_untilItIsRevoked() {
        String counsellor = ingaCounsellor();
        clock.setDay(LocalDate.of(2026, 1, 1));
        String id = enrolledCustomer(counsellor);
        clock.setDay(LocalDate.of(2026, 2, 1));

        contact(counsellor, id, "GROUP", "2026-01-20", true, false).then().statusCode(422)
                .body("rule", equalTo("CONSENT_REQUIRED")).body("violations[0].field", equalTo("withExternals"));
        contact(counsellor, id, "GROUP", "2026-01-20", false, false).then().statusCode(201);

        String consent = as(counsellor, SGB3)
                .body("{\"type\":\"THIRD_PARTY_CASE_CONFERENCE\",\"givenOn\":\"2026-01-15\",\"scope\":\"Jobcentre, debt counselling\"}")
                .post("/enrollments/{id}/consents", id).then().statusCode(201).extract().path("id");
        contact(counsellor, id, "GROUP", "2026-01-14", true, false).then().statusCode(422);
        contact(counsellor, id, "GROUP", "2026-01-20", true, false).then().statusCode(201);

        as(counsellor, SGB3).delete("/enrollments/{id}/consents/{consentId}", id, consent).then().statusCode(200)
                .body("revokedOn", equalTo("2026-02-01"));
        contact(counsellor, id, "GROUP", "2026-02-01", true, false).then().statusCode(422);
        as(counsellor, SGB3).delete("/enrollments/{id}/consents/{consentId}", id, consent).then().statusCode(409);

        String revoked = TestKafka.await("inga-events",
                r -> id.equals(r.key()) && "ConsentRevoked".equals(TestKafka.header(r, "ce_type"))).value();
        EventContract.assertConforms("ConsentRevoked", revoked);
        String recorded = TestKafka.await("inga-events",
                r -> id.equals(r.key()) && "ConsentRecorded".equals(TestKafka.header(r, "ce_type"))).value();
        EventContract.assertConforms("ConsentRecorded", recorded);
    }

    @Test
    void aRecordingNeedsTheRecordingConsent() {
        String counsellor = ingaCounsellor();
        String id = enrolledCustomer(counsellor);
        String today = LocalDate.now(AgencyClock.ZONE).toString();
        contact(counsellor, id, "VIDEO", today, false, true).then().statusCode(422)
                .body("violations[0].field", equalTo("recorded"));
        as(counsellor, SGB3).body("{\"type\":\"VIDEO_AUDIO_RECORDING\",\"givenOn\":\"" + today + "\",\"scope\":\"Application training\"}")
                .post("/enrollments/{id}/consents", id).then().statusCode(201);
        contact(counsellor, id, "VIDEO", today, false, true).then().statusCode(201);
    }

    @Test
    void consentsAreRecordedForOpenEnrollmentsOnly_andRevocableAfterTheExit() {
        String counsellor = ingaCounsellor();
        String id = enrolledCustomer(counsellor);
        String today = LocalDate.now(AgencyClock.ZONE).toString();
        String consent = as(counsellor, SGB3)
                .body("{\"type\":\"VIDEO_AUDIO_RECORDING\",\"givenOn\":\"" + today + "\",\"scope\":\"Application training\"}")
                .post("/enrollments/{id}/consents", id).then().statusCode(201).extract().path("id");
        as(counsellor, SGB3).body("{\"reason\":\"INTEGRATED_EMPLOYMENT\"}").post("/enrollments/{id}/exit", id)
                .then().statusCode(200);

        as(counsellor, SGB3).body("{\"type\":\"THIRD_PARTY_CASE_CONFERENCE\",\"givenOn\":\"" + today
                        + "\",\"scope\":\"Jobcentre\"}")
                .post("/enrollments/{id}/consents", id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("has ended"));
        as(counsellor, SGB3).get("/enrollments/{id}/consents", id).then().body("$", hasSize(1));
        as(counsellor, SGB3).delete("/enrollments/{id}/consents/{consentId}", id, consent).then().statusCode(200)
                .body("revokedOn", equalTo(today));
    }

    @Test
    void contactsLieWithinTheEnrollmentAndAreRecordedByItsCounsellorOnly() {
        String counsellor = ingaCounsellor();
        String id = enrolledCustomer(counsellor);
        contact(counsellor, id, "PHONE", "2000-01-01", false, false).then().statusCode(422)
                .body("rule", equalTo("CONTACT_DATE_WITHIN_ENROLLMENT"));
        contact(counsellor, id, "PHONE", LocalDate.now(AgencyClock.ZONE).plusDays(1).toString(), false, false).then().statusCode(422);
        contact(ingaCounsellor(), id, "PHONE", LocalDate.now(AgencyClock.ZONE).toString(), false, false).then().statusCode(403);
        contact(counsellor, id, "TELEPATHY", LocalDate.now(AgencyClock.ZONE).toString(), false, false).then().statusCode(400)
                .body("violations[0].field", equalTo("form"));
        contact(Replicas.user("x"), "7f3b8a52-0000-4000-8000-000000000000", "PHONE", "2026-01-01", false, false)
                .then().statusCode(404);
    }

    private static io.restassured.response.Response contact(String counsellor, String id, String form, String date,
                                                            boolean withExternals, boolean recorded) {
        return as(counsellor, SGB3).body("{\"form\":\"%s\",\"date\":\"%s\",\"withExternals\":%s,\"recorded\":%s}"
                .formatted(form, date, withExternals, recorded)).post("/enrollments/{id}/contacts", id);
    }
}
