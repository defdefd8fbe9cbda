package de.agency.integration.cases.privacy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.agency.integration.cases.domain.Phase;
import de.agency.integration.cases.workflow.CaseFixtures;
import de.agency.integration.cases.workflow.Memberships;
import de.agency.integration.contracts.EventContract;
import de.agency.integration.testing.AccessLogs;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.MovableClock;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The data lifecycle of a case (DESIGN.md 1.6): erasure on demand and by the job past retention, with its events;
 * restriction and its lifting; subject access. Who may call what is the access matrix's; here the effects.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class CasePrivacyTest {

    static final Caller OFFICER = Caller.of("dpo", "DATA_PROTECTION_OFFICER");
    static final Caller COUNSELLOR = Caller.of(CaseFixtures.COUNSELLOR, "COUNSELLOR");
    static final Caller LEAD = Caller.of("privacy-lead", "TEAM_LEAD");

    @Inject
    EntityManager entityManager;

    @Inject
    CasePrivacyService privacy;

    @Inject
    MovableClock clock;

    @BeforeAll
    static void team() {
        Memberships.counsellor(CaseFixtures.COUNSELLOR, CaseFixtures.TEAM);
        Memberships.teamLead("privacy-lead", CaseFixtures.TEAM);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anErasedCaseKeepsNoPersonalDataAndTellsTheOthersByIdWhileItsCustomerNumberIsTombstoned() {
        CaseFixtures.Fixture fixture = CaseFixtures.of(Phase.IMPLEMENTATION_AND_FOLLOW_UP, false, false, true);
        COUNSELLOR.request().get("/cases/{id}", fixture.caseId()).then().statusCode(200);

        OFFICER.request().post("/privacy/cases/{id}/erase", fixture.caseId()).then().statusCode(200)
                .body("caseId", equalTo(fixture.caseId().toString()))
                .body("customerNumberInKafka.topic", equalTo("case-customers"))
                .body("customerNumberInKafka.settingsFrom", equalTo("broker"))
                .body("customerNumberInKafka.settings.'segment.ms'", equalTo("3600000"))
                .body("customerNumberInKafka.removedWithin", equalTo("PT1H1M"))
                .body("customerNumberGoneFromKafkaBy", notNullValue())
                .body(not(containsString(fixture.customerNumber())));

        assertEquals(0, AccessLogs.about(fixture.customerNumber()).getInt("total"), "the access log names nobody");
        OFFICER.request().queryParam("resourceId", fixture.caseId().toString()).get("/access-log").then()
                .body("items[0].userId", equalTo(CaseFixtures.COUNSELLOR))
                .body("items[0].customerNumber", equalTo(null));

        COUNSELLOR.request().get("/cases/{id}", fixture.caseId()).then().statusCode(404);
        OFFICER.request().post("/privacy/cases/{id}/erase", fixture.caseId()).then().statusCode(404);
        assertErased(fixture);
        ConsumerRecord<String, String> erased = TestKafka.await("case-events", r -> fixture.caseId().toString()
                .equals(r.key()) && "CaseErased".equals(TestKafka.header(r, "ce_type")));
        EventContract.assertConforms("CaseErased", erased.value());
        assertFalse(erased.value().contains(fixture.customerNumber()));
        ConsumerRecord<String, String> tombstone = TestKafka.await("case-customers",
                r -> fixture.caseId().toString().equals(r.key()) && r.value() == null);
        assertEquals("CaseCustomer", TestKafka.header(tombstone, "ce_type"));
    }

    @Test
    void theJobErasesClosedCasesPastTheirRetentionOnce_openAndRestrictedOnesStay() {
        CaseFixtures.Fixture closed = CaseFixtures.of(Phase.GOAL_SETTING, false, false, true);
        CaseFixtures.Fixture open = CaseFixtures.of(Phase.GOAL_SETTING, false, false, false);
        CaseFixtures.Fixture restricted = CaseFixtures.of(Phase.GOAL_SETTING, false, true, true);

        clock.setInstant(Instant.now().plus(3650, ChronoUnit.DAYS));
        privacy.eraseDue(10_000);
        assertEquals(closed.customerNumber(), customerNumberOf(closed.caseId()),
                "3,650 days are not yet the 10 years after closing (leap days)");
        clock.setInstant(Instant.now().plus(3655, ChronoUnit.DAYS));
        assertTrue(privacy.eraseDue(10_000) >= 1);

        assertErased(closed);
        assertEquals(open.customerNumber(), customerNumberOf(open.caseId()));
        assertEquals(restricted.customerNumber(), customerNumberOf(restricted.caseId()));
        assertEquals(0, privacy.eraseDue(10_000), "a second run finds nothing left to erase");
    }

    @Test
    void anOpenOrRestrictedCaseIsNotErased() {
        CaseFixtures.Fixture open = CaseFixtures.of(Phase.GOAL_SETTING, false, false, false);
        CaseFixtures.Fixture restricted = CaseFixtures.of(Phase.GOAL_SETTING, false, true, true);

        OFFICER.request().post("/privacy/cases/{id}/erase", open.caseId()).then().statusCode(409)
                .body("detail", containsString("open"));
        OFFICER.request().post("/privacy/cases/{id}/erase", restricted.caseId()).then().statusCode(409)
                .body("detail", containsString("restricted"));
    }

    @Test
    void aRestrictedCaseIsFrozenAndReadByTheOfficerOnlyUntilLifted() {
        CaseFixtures.Fixture fixture = CaseFixtures.inPhase(Phase.GOAL_SETTING, false);
        String note = "{\"type\":\"COUNSELLING\",\"text\":\"Talked\"}";

        OFFICER.request().body("{\"reason\":\"Appeal pending at the social court\"}")
                .post("/privacy/cases/{id}/restrict", fixture.caseId()).then().statusCode(200)
                .body("reason", equalTo("Appeal pending at the social court"));

        COUNSELLOR.request().body(note).post("/cases/{id}/notes", fixture.caseId()).then().statusCode(409)
                .body("detail", containsString("restricted"));
        COUNSELLOR.request().get("/cases/{id}", fixture.caseId()).then().statusCode(403);
        LEAD.request().get("/cases/{id}/notes", fixture.caseId()).then().statusCode(403);
        LEAD.request().queryParam("customerNumber", fixture.customerNumber()).get("/cases").then().statusCode(200)
                .body("total", equalTo(0));
        OFFICER.request().get("/cases/{id}", fixture.caseId()).then().statusCode(200).body("restricted", equalTo(true));
        ConsumerRecord<String, String> restricted = TestKafka.await("case-events", r -> fixture.caseId().toString()
                .equals(r.key()) && "CaseRestricted".equals(TestKafka.header(r, "ce_type")));
        EventContract.assertConforms("CaseRestricted", restricted.value());
        assertFalse(restricted.value().contains("Appeal"), "the reason stays in case-service");

        OFFICER.request().post("/privacy/cases/{id}/lift", fixture.caseId()).then().statusCode(200);

        COUNSELLOR.request().body(note).post("/cases/{id}/notes", fixture.caseId()).then().statusCode(201);
        TestKafka.await("case-events", r -> fixture.caseId().toString().equals(r.key())
                && "CaseRestrictionLifted".equals(TestKafka.header(r, "ce_type")));
    }

    @Test
    void theSubjectAccessShowsEveryCaseOfTheCustomerWithNotesAndHistoryAndIsLogged() {
        CaseFixtures.Fixture fixture = CaseFixtures.inPhase(Phase.STRATEGY_SELECTION, false);

        OFFICER.request().get("/privacy/customers/{number}", fixture.customerNumber()).then().statusCode(200)
                .body("service", equalTo("case-service"))
                .body("cases[0].case.id", equalTo(fixture.caseId().toString()))
                .body("cases[0].case.conclusion", equalTo(fixture.socialData().get(2)))
                .body("cases[0].notes[0].text", equalTo(fixture.socialData().get(3)))
                .body("cases[0].history[0].to", equalTo("PROFILING"))
                .body("customerNumberInKafka.topic", equalTo("case-customers"))
                .body("customerNumberInKafka.removedWithin", equalTo("PT1H1M"));

        assertEquals(List.of("SUBJECT_ACCESS"), AccessLogs.about(fixture.customerNumber()).getList("items.resourceKind"));
        Caller.of("anyone", "COUNSELLOR").request().get("/privacy/retention").then().statusCode(200)
                .body("dataKind", hasItem(containsString("case and everything about it")))
                .body("keptFor", hasItem("P10Y"));
    }

    private void assertErased(CaseFixtures.Fixture fixture) {
        assertNull(customerNumberOf(fixture.caseId()));
        for (String table : List.of("counselling_note", "need_for_action", "strength", "phase_transition",
                "implementation_step")) {
            assertEquals(0L, ((Number) entityManager.createNativeQuery("select count(*) from " + table
                    + " where case_id = :id").setParameter("id", fixture.caseId()).getSingleResult()).longValue(), table);
        }
        String shell = entityManager.createNativeQuery("select cast(row_to_json(c) as varchar) from integration_case c "
                + "where id = :id").setParameter("id", fixture.caseId()).getSingleResult().toString();
        fixture.socialData().forEach(item -> assertFalse(shell.contains(item), item + " in " + shell));
    }

    private String customerNumberOf(UUID caseId) {
        return (String) entityManager.createNativeQuery("select customer_number from integration_case where id = :id")
                .setParameter("id", caseId).getSingleResult();
    }
}
