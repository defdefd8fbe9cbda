package de.agency.integration.inga.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.inga.EnrollmentFixtures;
import de.agency.integration.inga.EnrollmentFixtures.Fixture;
import de.agency.integration.inga.Replicas;
import de.agency.integration.inga.domain.Contact;
import de.agency.integration.testing.AccessMatrix;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /enrollments/{id}} answers the enrollment's version as ETag; every change of the enrollment and what
 * belongs to it (contacts, consents, the protected note, the exit) naming another version in If-Match gets 412.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class ConditionalEnrollmentWritesTest {

    static final String TEAM = "X90-913-INGA";
    static final Caller COUNSELLOR = Caller.of("careful-counsellor", "INTEGRATION_COUNSELLOR_SGB3");
    static final String STALE = "\"999999\"";

    @BeforeAll
    static void counsellor() {
        Replicas.grant("careful-counsellor", "INTEGRATION_COUNSELLOR_SGB3", TEAM);
    }

    @Test
    void changesNamingAnotherVersionAreRefusedWith412() {
        Fixture enrollment = EnrollmentFixtures.enrollment("careful-counsellor", TEAM);
        Response read = COUNSELLOR.request().get("/enrollments/{id}", enrollment.enrollmentId());
        String current = read.header("ETag");
        assertEquals("\"" + read.jsonPath().getLong("version") + "\"", current);
        long contacts = contacts(enrollment);

        Response contact = COUNSELLOR.request().header("If-Match", STALE)
                .body("{\"form\":\"PHONE\",\"date\":\"%s\"}".formatted(LocalDate.now(AgencyClock.ZONE)))
                .post("/enrollments/{id}/contacts", enrollment.enrollmentId());
        Response note = COUNSELLOR.request().header("If-Match", STALE).body("{\"text\":\"Stale view\"}")
                .put("/enrollments/{id}/protected-note", enrollment.enrollmentId());
        Response exit = COUNSELLOR.request().header("If-Match", STALE).body("{\"reason\":\"INTEGRATED_EMPLOYMENT\"}")
                .post("/enrollments/{id}/exit", enrollment.enrollmentId());

        for (Response refused : new Response[] {contact, note, exit}) {
            assertEquals(412, refused.statusCode(), refused.asString());
            assertEquals(current, refused.header("ETag"));
            AccessMatrix.assertNoSocialData("412", refused, enrollment.socialData());
        }
        assertEquals(contacts, contacts(enrollment));
        assertEquals("OPEN", COUNSELLOR.request().get("/enrollments/{id}", enrollment.enrollmentId())
                .jsonPath().getString("status"));
    }

    @Test
    void theCurrentVersionGoesAheadAndTheAnswerCarriesTheNext() {
        Fixture enrollment = EnrollmentFixtures.enrollment("careful-counsellor", TEAM);
        String current = COUNSELLOR.request().get("/enrollments/{id}", enrollment.enrollmentId()).header("ETag");

        Response exit = COUNSELLOR.request().header("If-Match", current).body("{\"reason\":\"INTEGRATED_EMPLOYMENT\"}")
                .post("/enrollments/{id}/exit", enrollment.enrollmentId());

        assertEquals(200, exit.statusCode(), exit.asString());
        assertNotEquals(current, exit.header("ETag"));
        assertEquals("\"" + exit.jsonPath().getLong("version") + "\"", exit.header("ETag"));
    }

    private static long contacts(Fixture enrollment) {
        return QuarkusTransaction.requiringNew().call(() -> Contact.countOf(enrollment.enrollmentId()));
    }
}
