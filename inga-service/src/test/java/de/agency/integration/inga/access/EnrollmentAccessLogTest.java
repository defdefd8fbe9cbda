package de.agency.integration.inga.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.inga.EnrollmentFixtures;
import de.agency.integration.inga.EnrollmentFixtures.Fixture;
import de.agency.integration.inga.Replicas;
import de.agency.integration.testing.AccessLogs;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every read of an enrollment, its contacts and its consents is in the access log; no log, no read. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class EnrollmentAccessLogTest {

    static final String TEAM = "X90-931-INGA";
    static final Caller COUNSELLOR = Caller.of("log-counsellor", "INTEGRATION_COUNSELLOR_SGB3");
    static final Caller LEAD = Caller.of("log-lead", "TEAM_LEAD");

    @BeforeAll
    static void team() {
        Replicas.grant("log-counsellor", "INTEGRATION_COUNSELLOR_SGB3", TEAM);
        Replicas.lead("log-lead", TEAM);
    }

    @Test
    void everyReadIsLoggedWithWhoWhichResourceWhichCustomerAndTheEndpoint() {
        Fixture fixture = EnrollmentFixtures.enrollment("log-counsellor", TEAM);
        String id = fixture.enrollmentId().toString();

        COUNSELLOR.request().get("/enrollments/{id}", id).then().statusCode(200);
        LEAD.request().get("/enrollments/{id}/contacts", id).then().statusCode(200);
        LEAD.request().get("/enrollments/{id}/consents", id).then().statusCode(200);
        LEAD.request().queryParam("agency", fixture.agency()).get("/enrollments").then().statusCode(200);
        COUNSELLOR.request().body("{\"reason\":\"INTEGRATED_EMPLOYMENT\"}").post("/enrollments/{id}/exit", id)
                .then().statusCode(200);

        JsonPath log = AccessLogs.about(fixture.customerNumber());
        assertEquals(List.of("ENROLLMENT", "CONSENTS", "CONTACTS", "ENROLLMENT"), log.getList("items.resourceKind"),
                "the four reads, newest first; the exit is no read");
        assertEquals(List.of("log-lead", "log-lead", "log-lead", "log-counsellor"), log.getList("items.userId"));
        assertEquals(List.of("GET /enrollments", "GET /enrollments/" + id + "/consents",
                "GET /enrollments/" + id + "/contacts", "GET /enrollments/" + id), log.getList("items.endpoint"));
        assertEquals(List.of(id), log.getList("items.resourceId").stream().distinct().toList());
    }

    @Test
    void whenTheAccessLogCannotBeWrittenTheReadIsRefusedAndShowsNothing() {
        Fixture fixture = EnrollmentFixtures.enrollment("log-counsellor", TEAM);

        AccessLogs.whileUnwritable(() -> {
            for (String path : List.of("/enrollments/{id}", "/enrollments/{id}/contacts", "/enrollments/{id}/consents")) {
                LEAD.request().get(path, fixture.enrollmentId()).then().statusCode(503)
                        .contentType("application/problem+json").body(not(containsString(fixture.customerNumber())));
            }
        });
    }
}
