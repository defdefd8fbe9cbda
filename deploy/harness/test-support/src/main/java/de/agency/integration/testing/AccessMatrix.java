package de.agency.integration.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * What every service's access-matrix test shares (DESIGN.md 1.5): the operations of the service's own OpenAPI
 * document, which must each have a row, callers with their tokens, and denials checked as strictly as grants.
 */
public final class AccessMatrix {

    private AccessMatrix() {
    }

    /** What a cell of a matrix must answer. */
    public enum Outcome {
        GRANTED, HIDDEN_FROM_SEARCH, CONFLICT, FORBIDDEN, NO_TOKEN;

        public static Outcome grantedIf(boolean allowed) {
            return allowed ? GRANTED : FORBIDDEN;
        }
    }

    /**
     * The answer the outcome calls for: the success status for a grant, 200 for a search that must not show the
     * resource, 409, 403 or 401 otherwise - each denial without one item of the social data. What a granted or
     * hidden search lists is the caller's to check.
     */
    public static void assertOutcome(String cell, Response response, Outcome outcome, int success,
                                     Collection<String> socialData) {
        switch (outcome) {
            case GRANTED -> assertGranted(cell, response, success);
            case HIDDEN_FROM_SEARCH -> assertDenied(cell, response, 200, socialData);
            case CONFLICT -> assertDenied(cell, response, 409, socialData);
            case FORBIDDEN -> assertDenied(cell, response, 403, socialData);
            case NO_TOKEN -> assertDenied(cell, response, 401, socialData);
        }
    }

    /** A caller: a user with realm roles in a signed token, or nobody (no token). */
    public record Caller(String user, List<String> roles) {

        public static Caller of(String user, String... roles) {
            return new Caller(user, List.of(roles));
        }

        public static Caller withoutToken() {
            return new Caller(null, List.of());
        }

        public RequestSpecification request() {
            RequestSpecification request = given().contentType(ContentType.JSON);
            return user == null ? request
                    : request.header("Authorization", Tokens.bearer(user, roles.toArray(String[]::new)));
        }
    }

    /** Every operation the running service documents in its OpenAPI document, as {@code GET /cases/{id}}. */
    public static Set<String> documentedOperations() {
        JsonNode paths = OpenApiCompleteness.document().path("paths");
        Set<String> operations = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    /** Fails naming each documented operation without a row in the matrix, and each row that is no operation. */
    public static void assertEveryOperationHasARow(Collection<String> rows) {
        Set<String> documented = documentedOperations();
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(rows);
        Set<String> stale = new TreeSet<>(rows);
        stale.removeAll(documented);
        if (!missing.isEmpty() || !stale.isEmpty()) {
            fail("Operations without a row in the access matrix: " + missing + "; rows of no operation: " + stale);
        }
        assertFalse(documented.isEmpty(), "the OpenAPI document lists operations");
    }

    /** A denial: the status (401 without a token, else 403 or the given one) and not one item of social data. */
    public static void assertDenied(String cell, Response response, int status, Collection<String> socialData) {
        assertEquals(status, response.statusCode(), cell + ": " + response.asString());
        assertNoSocialData(cell, response, socialData);
    }

    public static void assertNoSocialData(String cell, Response response, Collection<String> socialData) {
        String body = response.asString();
        for (String item : socialData) {
            assertFalse(body.contains(item), cell + " answered with social data '" + item + "': " + body);
        }
    }

    /**
     * The matrix as dynamic tests, one per operation, each checking the operation's cell of every relationship (all
     * cells are checked, the failures reported together).
     */
    public static <O, R> Stream<DynamicTest> rows(String matrix, List<O> operations, Function<O, String> name,
                                                  List<R> relationships, BiFunction<O, R, Executable> cell) {
        System.out.printf("%s: %d operations x %d relationships = %d cells%n", matrix, operations.size(),
                relationships.size(), operations.size() * relationships.size());
        return operations.stream().map(operation -> DynamicTest.dynamicTest(name.apply(operation), () ->
                assertAll(relationships.stream().map(relationship -> cell.apply(operation, relationship)))));
    }

    public static void assertGranted(String cell, Response response, int status) {
        assertEquals(status, response.statusCode(), cell + ": " + response.asString());
    }
}
