package de.agency.integration.inga.sql;

import static de.agency.integration.inga.IngaApi.SGB3;
import static de.agency.integration.inga.IngaApi.as;
import static de.agency.integration.inga.IngaApi.enrolledCustomer;
import static de.agency.integration.inga.IngaApi.ingaCounsellor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.StatementsOfRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /enrollments} sends as many statements for a page of twelve enrollments as for a page of one: the
 * contact frequencies of the page come from one grouped count, not a count per enrollment.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class EnrollmentSearchStatementsTest {

    @Test
    void aPageOfEnrollmentsTakesTheSameStatementsWhateverItsSize() {
        String one = ingaCounsellor();
        enrolledCustomer(one);
        String twelve = ingaCounsellor();
        for (int i = 0; i < 12; i++) {
            enrolledCustomer(twelve);
        }

        List<String> forOne = statements(one, 1);
        List<String> forTwelve = statements(twelve, 12);
        assertEquals(forOne, forTwelve, "statements for one enrollment and for twelve");
        assertEquals(List.of("select role_grant_replica", "select deputy_replica", "select team_membership_replica",
                "select enrollment", "select contact"), forTwelve, "the caller's scope, the page, its contacts");
    }

    private static List<String> statements(String counsellor, int expected) {
        Response found = as(counsellor, SGB3).queryParam("counsellor", counsellor).get("/enrollments");
        found.then().statusCode(200);
        assertEquals(expected, found.jsonPath().getList("id").size());
        return StatementsOfRequest.of(found);
    }
}
