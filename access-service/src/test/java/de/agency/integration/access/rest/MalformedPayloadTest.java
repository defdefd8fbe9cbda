package de.agency.integration.access.rest;

import static de.agency.integration.access.AccessApi.as;
import static de.agency.integration.access.AccessApi.join;
import static de.agency.integration.access.AccessApi.newTeam;
import static de.agency.integration.access.AccessApi.newUser;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.testing.MalformedPayloads;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Random and malformed payloads at every write endpoint: problems, never a 500. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "access_service"))
class MalformedPayloadTest {

    private static final int SAMPLES = 50;

    @Test
    void writeEndpointsAnswerRandomAndMalformedPayloadsWithProblemsNeverA500() {
        String team = newTeam("MIXED");
        String user = newUser();
        join(team, user, "COUNSELLOR", "2020-01-01");
        String request = as(user, "COUNSELLOR").body("{\"role\":\"INTEGRATION_COUNSELLOR_SGB3\"}").post("/role-requests")
                .then().statusCode(201).extract().path("id");

        check("PUT", "/teams/" + newTeam("INGA"), "{\"type\":\"INGA\",\"agency\":\"311\"}");
        check("POST", "/teams/" + team + "/members",
                "{\"userId\":\"someone\",\"function\":\"COUNSELLOR\",\"startDate\":\"2020-01-01\"}");
        check("POST", "/memberships/import", "");
        check("POST", "/role-requests", "{\"userId\":\"" + user + "\",\"role\":\"INGA_ADDITIONAL_PERMISSION\",\"team\":\""
                + team + "\"}");
        check("POST", "/role-requests/" + request + "/reject", "{\"reason\":\"no\"}");
        check("POST", "/deputies", "{\"counsellorId\":\"c\",\"deputyId\":\"d\",\"validFrom\":\"" + LocalDate.now(AgencyClock.ZONE)
                + "\",\"validUntil\":\"" + LocalDate.now(AgencyClock.ZONE).plusDays(3) + "\"}");
    }

    private static void check(String method, String path, String validBody) {
        MalformedPayloads.assertAnsweredWithProblems(MalformedPayloadTest::admin, method, path, validBody, SAMPLES);
    }

    private static RequestSpecification admin() {
        return as("admin-" + System.nanoTime(), "ACCESS_ADMIN", "COUNSELLOR");
    }
}
