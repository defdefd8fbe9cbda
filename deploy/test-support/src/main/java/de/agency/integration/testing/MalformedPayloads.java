package de.agency.integration.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random and malformed payloads (jqwik generators) for a write endpoint: random text, random JSON, and a valid body
 * with one field replaced by a random JSON value or left out. The answer must be a success or a problem with status
 * 400, 403, 404, 409, 413 or 422: never a 500, and never an error that is not {@code application/problem+json}.
 */
public final class MalformedPayloads {

    static final Set<Integer> ACCEPTABLE = Set.of(200, 201, 204, 400, 403, 404, 409, 413, 422);
    private static final ObjectMapper JSON = new ObjectMapper();

    private MalformedPayloads() {
    }

    /**
     * @param request a fresh authorised request with JSON content type, per payload
     * @param path    the resolved path
     */
    public static void assertAnsweredWithProblems(Supplier<RequestSpecification> request, String method, String path,
                                                  String validBody, int samples) {
        Iterator<String> payloads = payloads(validBody).sampleStream().iterator();
        for (int i = 0; i < samples; i++) {
            String payload = payloads.next();
            Response response = request.get().body(payload).request(method, path);
            int status = response.statusCode();
            assertTrue(ACCEPTABLE.contains(status), method + " " + path + " answered " + status + " to " + payload);
            if (status >= 400) {
                assertEquals("application/problem+json", response.contentType(),
                        method + " " + path + " answered " + status + " to " + payload);
            }
        }
    }

    public static Arbitrary<String> payloads(String validBody) {
        List<Arbitrary<String>> kinds = new ArrayList<>(List.of(
                Arbitraries.strings().ofMaxLength(200),
                jsonValues(3).map(MalformedPayloads::write),
                Arbitraries.strings().withChars("{}[]\":,0123456789.-etrufalsn ").ofMaxLength(80)));
        if (!validBody.isBlank()) {
            ObjectNode valid = read(validBody);
            List<String> fields = new ArrayList<>();
            valid.fieldNames().forEachRemaining(fields::add);
            kinds.add(Arbitraries.of(fields).flatMap(field -> jsonValues(2).map(value -> {
                ObjectNode mutated = valid.deepCopy();
                mutated.set(field, JSON.valueToTree(value));
                return write(mutated);
            })));
            kinds.add(Arbitraries.of(fields).map(field -> write(valid.deepCopy().without(field))));
        }
        return Arbitraries.oneOf(kinds);
    }

    static Arbitrary<Object> jsonValues(int depth) {
        List<Arbitrary<?>> leaves = List.of(
                Arbitraries.strings().ofMaxLength(50),
                Arbitraries.integers(),
                Arbitraries.longs(),
                Arbitraries.doubles(),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
                Arbitraries.of(true, false),
                Arbitraries.just(null),
                Arbitraries.of("SGB_II", "QUALIFICATION", "2026-02-30", "6f1c1c4e-8d0a-4f57-9a43-2f8d6f1b9c11", "", " ",
                        "x".repeat(5000)));
        if (depth == 0) {
            return Arbitraries.oneOf(leaves).map(v -> (Object) v);
        }
        Arbitrary<Object> nested = Arbitraries.lazy(() -> jsonValues(depth - 1));
        List<Arbitrary<?>> all = new ArrayList<>(leaves);
        all.add(nested.list().ofMaxSize(4));
        all.add(Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(12), nested).ofMaxSize(4));
        return Arbitraries.oneOf(all).map(v -> (Object) v);
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON object: " + json, e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
