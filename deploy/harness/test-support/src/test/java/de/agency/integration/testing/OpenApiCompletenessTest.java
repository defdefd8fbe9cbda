package de.agency.integration.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The completeness check names each gap a client generator would stumble over, and passes a complete operation. */
class OpenApiCompletenessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCompleteOperationHasNoGaps() throws Exception {
        JsonNode operation = JSON.readTree("""
                {"operationId": "getCase", "summary": "Get a case",
                 "responses": {
                   "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Case"},
                                                            "example": {"id": "x"}}}},
                   "401": {"description": "No valid bearer token"},
                   "404": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}
                """);

        assertEquals(List.of(), OpenApiCompleteness.gapsOf("GET /cases/{id}", operation, new HashMap<>()));
    }

    @Test
    void eachGapIsNamed() throws Exception {
        JsonNode operation = JSON.readTree("""
                {"responses": {
                   "201": {"description": "Case opened"},
                   "404": {"content": {"application/problem+json": {}}}}}
                """);

        assertEquals(List.of(
                "POST /cases: no operationId",
                "POST /cases: no summary",
                "POST /cases 201: no body documented",
                "POST /cases 404: not the Problem schema as application/problem+json"),
                OpenApiCompleteness.gapsOf("POST /cases", operation, new HashMap<>()));
    }

    @Test
    void aSuccessWithoutSchemaOrExampleAndADuplicateIdAreGaps() throws Exception {
        JsonNode operation = JSON.readTree("""
                {"operationId": "getCase", "summary": "Search",
                 "responses": {"200": {"content": {"application/json": {"schema": {}}}}}}
                """);

        assertEquals(List.of(
                "GET /cases: operationId getCase is GET /cases/{id}'s already",
                "GET /cases 200 application/json: no schema",
                "GET /cases 200 application/json: no example"),
                OpenApiCompleteness.gapsOf("GET /cases", operation, new HashMap<>(Map.of("getCase", "GET /cases/{id}"))));
    }

    @Test
    void anExampleItsSchemaRejects_aFormatOfOpenApiAmongTheRules_isAGap() throws Exception {
        JsonNode components = JSON.readTree("""
                {"schemas": {"Original": {"type": "object", "required": ["id"],
                  "properties": {"id": {"type": "string", "format": "uuid"},
                                 "content": {"type": "string", "format": "byte"}}}}}
                """);
        JsonNode operation = JSON.readTree("""
                {"responses": {"200": {"content": {"application/json": {
                  "schema": {"$ref": "#/components/schemas/Original"},
                  "examples": {
                    "good": {"value": {"id": "6f1c1c4e-8d0a-4f57-9a43-2f8d6f1b9c11", "content": "JVBERi0xLjcK"}},
                    "bad": {"value": {"content": "not Base64!"}}}}}}}}
                """);

        List<String> gaps = OpenApiCompleteness.examplesAgainstSchemas("GET /originals/{id}", operation, components);

        assertEquals(2, gaps.size(), gaps.toString());
        assertEquals(1, gaps.stream().filter(gap -> gap.contains("/content") && gap.contains("byte")).count(),
                gaps.toString());
        assertEquals(1, gaps.stream().filter(gap -> gap.contains("required property 'id'")).count(), gaps.toString());
    }
}
