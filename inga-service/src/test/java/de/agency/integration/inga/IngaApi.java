package de.agency.integration.inga;

import static de.agency.integration.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Test helpers for inga-service's API. */
public final class IngaApi {

    public static final String SGB3 = "INTEGRATION_COUNSELLOR_SGB3";
    public static final String ADDITIONAL = "INGA_ADDITIONAL_PERMISSION";
    public static final String INGA_TEAM = "X90-311-INGA1";

    private IngaApi() {
    }

    public static RequestSpecification as(String user, String... roles) {
        return given().header("Authorization", bearer(user, roles)).contentType(ContentType.JSON);
    }

    /** A counsellor holding INTEGRATION_COUNSELLOR_SGB3 in the replica, resting on the Inga team. */
    public static String ingaCounsellor() {
        String user = Replicas.user("ic");
        Replicas.grant(user, SGB3, INGA_TEAM);
        return user;
    }

    /** Enrolls the case's customer as the counsellor; the clock decides the day. */
    public static String enroll(String counsellor, UUID caseId) {
        return as(counsellor, SGB3).body("{\"caseId\":\"" + caseId + "\"}").post("/enrollments")
                .then().statusCode(201).extract().path("id");
    }

    public static String enrolledCustomer(String counsellor) {
        return enroll(counsellor, Replicas.kase("SGB_III", "DEVELOPMENT"));
    }
}
