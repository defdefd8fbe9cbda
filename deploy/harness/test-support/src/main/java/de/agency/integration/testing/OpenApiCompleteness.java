package de.agency.integration.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an agency system needs to generate a client from a service's OpenAPI document: every operation has a
 * stable operation id (unique in the document), a summary, a success response whose body has a schema and an
 * example (204 and binary bodies such as a PDF excepted) that the schema accepts - as is every other example of
 * the operation's bodies - and every problem response (4xx but the 401 challenge, 5xx) the one {@code Problem}
 * schema with the RFC 9457 members and ours.
 */
public final class OpenApiCompleteness {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance",
            "violations", "rule", "allowed");

    private OpenApiCompleteness() {
    }

    /** Reads the running service's document and fails naming every gap of every operation. */
    public static void assertEveryOperationIsComplete() {
        JsonNode document = document();
        List<String> gaps = new ArrayList<>();
        Map<String, String> operationIds = new HashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey())) {
                String operation = entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                gaps.addAll(gapsOf(operation, entry.getValue(), operationIds));
                gaps.addAll(examplesAgainstSchemas(operation, entry.getValue(), document.path("components")));
            }
        }));
        assertFalse(operationIds.isEmpty(), "the OpenAPI document lists operations");
        if (!gaps.isEmpty()) {
            fail(gaps.size() + " gaps for client generators:\n" + String.join("\n", gaps));
        }
        JsonNode problem = document.path("components").path("schemas").path("Problem").path("properties");
        Set<String> members = new TreeSet<>();
        problem.fieldNames().forEachRemaining(members::add);
        assertEquals(new TreeSet<>(PROBLEM_MEMBERS), members, "members of the Problem schema");
    }

    static List<String> gapsOf(String operation, JsonNode node, Map<String, String> operationIds) {
        List<String> gaps = new ArrayList<>();
        String id = node.path("operationId").asText("");
        if (id.isBlank()) {
            gaps.add(operation + ": no operationId");
        } else if (operationIds.putIfAbsent(id, operation) != null) {
            gaps.add(operation + ": operationId " + id + " is " + operationIds.get(id) + "'s already");
        }
        if (node.path("summary").asText("").isBlank()) {
            gaps.add(operation + ": no summary");
        }
        List<String> successes = new ArrayList<>();
        node.path("responses").fields().forEachRemaining(response -> {
            String status = response.getKey();
            if (status.startsWith("2")) {
                successes.add(status);
                if (!"204".equals(status)) {
                    gaps.addAll(bodyGaps(operation + " " + status, response.getValue().path("content")));
                }
            } else if (status.startsWith("4") && !"401".equals(status) || status.startsWith("5")) {
                JsonNode content = response.getValue().path("content");
                if (content.size() != 1
                        || !PROBLEM_REF.equals(content.path("application/problem+json").path("schema").path("$ref").asText())) {
                    gaps.add(operation + " " + status + ": not the Problem schema as application/problem+json");
                }
            }
        });
        if (successes.isEmpty()) {
            gaps.add(operation + ": no success response");
        }
        return gaps;
    }

    private static List<String> bodyGaps(String response, JsonNode content) {
        List<String> gaps = new ArrayList<>();
        if (content.isEmpty()) {
            gaps.add(response + ": no body documented");
        }
        content.fields().forEachRemaining(media -> {
            JsonNode schema = media.getValue().path("schema");
            if (schema.isMissingNode() || schema.isEmpty()) {
                gaps.add(response + " " + media.getKey() + ": no schema");
            }
            boolean binary = "binary".equals(schema.path("format").asText());
            if (!binary && !media.getValue().has("example") && media.getValue().path("examples").isEmpty()) {
                gaps.add(response + " " + media.getKey() + ": no example");
            }
        });
        return gaps;
    }

    /**
     * Every example of the operation's request and response bodies that its schema rejects (OpenAPI 3.1 schemas are
     * JSON Schema 2020-12; their references into the document's components resolve against a copy of them).
     */
    static List<String> examplesAgainstSchemas(String operation, JsonNode node, JsonNode components) {
        List<String> gaps = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> bodies = new ArrayList<>();
        node.path("requestBody").path("content").fields().forEachRemaining(media -> bodies.add(
                Map.entry("request " + media.getKey(), media.getValue())));
        node.path("responses").fields().forEachRemaining(response -> response.getValue().path("content").fields()
                .forEachRemaining(media -> bodies.add(Map.entry(response.getKey() + " " + media.getKey(),
                        media.getValue()))));
        for (Map.Entry<String, JsonNode> body : bodies) {
            JsonNode schema = body.getValue().path("schema");
            List<JsonNode> examples = new ArrayList<>();
            if (body.getValue().has("example")) {
                examples.add(body.getValue().get("example"));
            }
            body.getValue().path("examples").forEach(example -> examples.add(example.path("value")));
            if (schema.isObject() && !examples.isEmpty()) {
                Schema validator = OpenApiSchemas.validator(schema, components);
                for (JsonNode example : examples) {
                    validator.validate(example.toString(), InputFormat.JSON).forEach(error -> gaps.add(operation + " "
                            + body.getKey() + ": the example does not match its schema at "
                            + error.getInstanceLocation() + ": " + error.getMessage()));
                }
            }
        }
        return gaps;
    }

    /** The running service's OpenAPI document. */
    static JsonNode document() {
        try {
            return new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                    .then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
