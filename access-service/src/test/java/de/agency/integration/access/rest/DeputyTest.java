package de.agency.integration.access.rest;

import static de.agency.integration.access.AccessApi.as;
import static de.agency.integration.access.AccessApi.asAdmin;
import static de.agency.integration.access.AccessApi.newUser;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.contracts.EventContract;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Deputies (Vertretungen) of a counsellor for a period. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "access_service"))
class DeputyTest {

    private static final LocalDate TODAY = LocalDate.now(AgencyClock.ZONE);

    @Test
    void counsellorAssignsADeputy_publishedAsDeputyAssigned() {
        String counsellor = newUser();
        String deputy = newUser();

        as(counsellor, "INTEGRATION_COUNSELLOR_SGB3").body(assignment(counsellor, deputy, TODAY, TODAY.plusDays(14)))
                .post("/deputies").then().statusCode(201)
                .body("deputyId", equalTo(deputy)).body("assignedBy", equalTo(counsellor));
        as(counsellor, "COUNSELLOR").queryParam("counsellorId", counsellor).get("/deputies")
                .then().statusCode(200).body("deputyId", contains(deputy));

        ConsumerRecord<String, String> event = TestKafka.await("access-events", r -> counsellor.equals(r.key()));
        EventContract.assertConforms("DeputyAssigned", event.value());
    }

    @Test
    void onlyTheCounsellorAndAccessAdminsAssignOrReadDeputies() {
        String counsellor = newUser();
        as("colleague", "COUNSELLOR").body(assignment(counsellor, "colleague", TODAY, TODAY))
                .post("/deputies").then().statusCode(403).contentType("application/problem+json");
        as("viewer", "REPORTING_VIEWER").body(assignment("viewer", newUser(), TODAY, TODAY))
                .post("/deputies").then().statusCode(403);
        as("colleague", "COUNSELLOR").queryParam("counsellorId", counsellor).get("/deputies").then().statusCode(403);

        asAdmin().body(assignment(counsellor, newUser(), TODAY, TODAY)).post("/deputies").then().statusCode(201)
                .body("assignedBy", equalTo("admin"));
    }

    @Test
    void deputyshipRulesAreNamed() {
        String counsellor = newUser();
        String deputy = newUser();
        asAdmin().body(assignment(counsellor, counsellor, TODAY, TODAY)).post("/deputies")
                .then().statusCode(422).body("rule", equalTo("DEPUTY_IS_ANOTHER_COUNSELLOR"))
                .body("violations[0].field", equalTo("deputyId"));
        asAdmin().body(assignment(counsellor, deputy, TODAY, TODAY.minusDays(1))).post("/deputies")
                .then().statusCode(422).body("rule", equalTo("PERIOD_ENDS_AFTER_START"));
        asAdmin().body(assignment(counsellor, deputy, TODAY.minusDays(9), TODAY.minusDays(1))).post("/deputies")
                .then().statusCode(422).body("rule", equalTo("PERIOD_NOT_IN_THE_PAST"));
        asAdmin().body("{\"counsellorId\":\"" + counsellor + "\"}").post("/deputies")
                .then().statusCode(400).body("violations.field", contains("deputyId", "validFrom", "validUntil"));

        asAdmin().body(assignment(counsellor, deputy, TODAY, TODAY.plusDays(10))).post("/deputies").then().statusCode(201);
        asAdmin().body(assignment(counsellor, deputy, TODAY.plusDays(10), TODAY.plusDays(20))).post("/deputies")
                .then().statusCode(409);
        asAdmin().body(assignment(counsellor, deputy, TODAY.plusDays(11), TODAY.plusDays(20))).post("/deputies")
                .then().statusCode(201);
    }

    private static String assignment(String counsellor, String deputy, LocalDate from, LocalDate until) {
        return """
                {"counsellorId":"%s","deputyId":"%s","validFrom":"%s","validUntil":"%s"}""".formatted(counsellor,
                deputy, from, until);
    }
}
