package de.agency.integration.cases.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.agency.integration.testing.OpenApiCompleteness;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document lists every endpoint of DESIGN.md section 4 with its problem responses and examples. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class OpenApiDocumentTest {

    static final Map<String, List<String>> ENDPOINTS = Map.ofEntries(
            Map.entry("/cases", List.of("post", "get")),
            Map.entry("/cases/{id}", List.of("get")),
            Map.entry("/cases/{id}/history", List.of("get")),
            Map.entry("/cases/{id}/profiling", List.of("put")),
            Map.entry("/cases/{id}/profiling/complete", List.of("post")),
            Map.entry("/cases/{id}/notes", List.of("post", "get")),
            Map.entry("/cases/{id}/goal", List.of("put")),
            Map.entry("/cases/{id}/strategies", List.of("post")),
            Map.entry("/cases/{id}/steps", List.of("post")),
            Map.entry("/cases/{id}/steps/{stepId}/status", List.of("put")),
            Map.entry("/cases/{id}/follow-ups", List.of("post")),
            Map.entry("/cases/{id}/handover", List.of("post")),
            Map.entry("/cases/{id}/close", List.of("post")),
            Map.entry("/catalogues/key-dimensions", List.of("get")),
            Map.entry("/catalogues/profile-categories", List.of("get")),
            Map.entry("/catalogues/profile-category-rules", List.of("get")),
            Map.entry("/catalogues/action-strategies", List.of("get")),
            Map.entry("/catalogues/note-types", List.of("get")));

    @Test
    void everyEndpointIsDocumentedWithItsProblemResponses() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().asString());

        ENDPOINTS.forEach((path, methods) -> methods.forEach(method -> {
            JsonNode operation = document.path("paths").path(path).path(method);
            assertFalse(operation.isMissingNode(), method + " " + path + " is not documented");
            JsonNode responses = operation.path("responses");
            for (String status : List.of("401", "403", "500", "503")) {
                assertTrue(responses.has(status), method + " " + path + " lacks response " + status);
            }
            if (!"get".equals(method)) {
                assertTrue(responses.path("409").path("content").has("application/problem+json"),
                        method + " " + path + " lacks its 409 problem (state, or a concurrent change)");
            }
            if (operation.has("requestBody")) {
                assertTrue(responses.path("400").path("content").has("application/problem+json"),
                        method + " " + path + " lacks its 400 problem");
            }
        }));
        assertEquals("object", document.path("components").path("schemas").path("Problem").path("type").asText());
    }

    @Test
    void everyOperationIsCompleteForClientGenerators() {
        OpenApiCompleteness.assertEveryOperationIsComplete();
    }

    @Test
    void requestAndResponseBodiesCarryExamples() throws Exception {
        JsonNode schemas = new ObjectMapper().readTree(given().queryParam("format", "json")
                .get("/q/openapi").then().extract().asString()).path("components").path("schemas");

        assertNotNull(schemas.path("OpenCaseRequest").path("properties").path("customerNumber").get("examples"));
        assertNotNull(schemas.path("ProfilingRequest").path("properties").path("conclusion").get("examples"));
        assertNotNull(schemas.path("GoalRequest").path("properties").path("targetDate").get("examples"));
        assertNotNull(schemas.path("CaseView").path("properties").path("phase").get("examples"), "response example");
        assertFalse(schemas.path("NeedRequest").path("properties").has("priority"),
                "needs have no priority field in the API (4PM directive)");
    }
}
