package de.agency.integration.cases.workflow;

import static de.agency.integration.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Calls of the case API as counsellor, for the workflow tests. */
public final class CaseApi {

    private CaseApi() {
    }

    public static RequestSpecification asCounsellor() {
        return given().header("Authorization", bearer("counsellor", "COUNSELLOR")).contentType(ContentType.JSON);
    }

    public static String open(String legalDomain) {
        return asCounsellor()
                .body("""
                        {"customerNumber":"555C000111","legalDomain":"%s","agency":"511","team":"X90-511-A","counsellor":"counsellor"}
                        """.formatted(legalDomain))
                .post("/cases")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static Response recordProfiling(String caseId, String json) {
        return asCounsellor().body(json).put("/cases/{id}/profiling", caseId);
    }

    public static Response complete(String caseId) {
        return asCounsellor().post("/cases/{id}/profiling/complete", caseId);
    }

    public static Response note(String caseId, String type) {
        return asCounsellor().body("{\"type\":\"" + type + "\",\"text\":\"Assessment of strengths and needs\"}")
                .post("/cases/{id}/notes", caseId);
    }

    public static Response agreeGoal(String caseId) {
        return asCounsellor()
                .body("{\"kind\":\"TARGET_OCCUPATION\",\"description\":\"Warehouse clerk\",\"targetDate\":\"2099-06-30\"}")
                .put("/cases/{id}/goal", caseId);
    }

    public static Response selectStrategy(String caseId, String strategy, String needId) {
        return asCounsellor()
                .body("{\"strategies\":[{\"strategy\":\"" + strategy + "\",\"needId\":\"" + needId + "\"}]}")
                .post("/cases/{id}/strategies", caseId);
    }

    /** Profiling with one qualification need and a conclusion, completed; returns the need's id. */
    public static String profiled(String caseId) {
        String needId = recordProfiling(caseId, """
                {"strengths":["Reliable"],"needs":[{"dimension":"QUALIFICATION","description":"Licence expired"}],
                 "conclusion":"Good prospects after renewal"}
                """).then().statusCode(200).extract().path("needs[0].id");
        complete(caseId).then().statusCode(200);
        return needId;
    }

    public static String unknownId() {
        return UUID.randomUUID().toString();
    }
}
