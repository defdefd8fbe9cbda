package de.agency.integration.access;

import static de.agency.integration.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Test helpers for access-service's API. */
public final class AccessApi {

    private AccessApi() {
    }

    public static RequestSpecification as(String user, String... roles) {
        return given().header("Authorization", bearer(user, roles)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return as("admin", "ACCESS_ADMIN");
    }

    public static String newTeam(String type) {
        String team = "X90-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        asAdmin().body("{\"type\":\"" + type + "\",\"agency\":\"311\"}").put("/teams/{x90}", team).then().statusCode(201);
        return team;
    }

    public static void join(String team, String user, String function, String start) {
        asAdmin().body("{\"userId\":\"" + user + "\",\"function\":\"" + function + "\",\"startDate\":\"" + start + "\"}")
                .post("/teams/{x90}/members", team).then().statusCode(201);
    }

    public static String newUser() {
        return "u-" + UUID.randomUUID();
    }
}
