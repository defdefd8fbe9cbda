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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Random and malformed payloads for a write endpoint: random text, random JSON, and a valid body with one field
 * replaced by a random JSON value or left out. The answer must be a success or a problem with status 400, 403, 404,
 * 409, 413 or 422: never a 500, and never an error that is not {@code application/problem+json}. The payloads come
 * from a seeded generator ({@value #SEED_PROPERTY}, default {@value #DEFAULT_SEED}): a failure names its seed, and the
 * same seed gives the same payloads again.
 */
public final class MalformedPayloads {

    static final Set<Integer> ACCEPTABLE = Set.of(200, 201, 204, 400, 403, 404, 409, 413, 422);
    static final String SEED_PROPERTY = "malformed-payloads.seed";
    static final long DEFAULT_SEED = 20261206L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_CHARACTERS = "{}[]\":,0123456789.-etrufalsn ";
    private static final List<Object> TRICKY_VALUES = List.of("SGB_II", "QUALIFICATION", "2026-02-30",
            "6f1c1c4e-8d0a-4f57-9a43-2f8d6f1b9c11", "", " ", "x".repeat(5000), Long.MAX_VALUE, Double.NaN,
            new BigInteger("-1" + "0".repeat(30)));

    private MalformedPayloads() {
    }

    /**
     * @param request a fresh authorised request with JSON content type, per payload
     * @param path    the resolved path
     */
    public static void assertAnsweredWithProblems(Supplier<RequestSpecification> request, String method, String path,
                                                  String validBody, int samples) {
        long seed = Long.getLong(SEED_PROPERTY, DEFAULT_SEED);
        Generator payloads = new Generator(new SplittableRandom(seed ^ path.hashCode()), validBody);
        for (int i = 0; i < samples; i++) {
            String payload = payloads.next();
            Response response = request.get().body(payload).request(method, path);
            int status = response.statusCode();
            String what = method + " " + path + " answered " + status + " (seed " + seed + ") to " + payload;
            assertTrue(ACCEPTABLE.contains(status), what);
            if (status >= 400) {
                assertEquals("application/problem+json", response.contentType(), what);
            }
        }
    }

    /** The payloads of one endpoint, in turn of each kind, each drawn from the seeded random source. */
    static final class Generator {

        private final SplittableRandom random;
        private final ObjectNode valid;
        private final List<String> fields = new ArrayList<>();
        private int drawn;

        Generator(SplittableRandom random, String validBody) {
            this.random = random;
            this.valid = validBody.isBlank() ? null : read(validBody);
            if (valid != null) {
                valid.fieldNames().forEachRemaining(fields::add);
            }
        }

        String next() {
            int kinds = valid == null ? 3 : 5;
            return switch (drawn++ % kinds) {
                case 0 -> text(200, null);
                case 1 -> write(jsonValue(3));
                case 2 -> text(80, JSON_CHARACTERS);
                case 3 -> {
                    ObjectNode mutated = valid.deepCopy();
                    mutated.set(field(), JSON.valueToTree(jsonValue(2)));
                    yield write(mutated);
                }
                default -> write(valid.deepCopy().without(field()));
            };
        }

        private String field() {
            return fields.get(random.nextInt(fields.size()));
        }

        /** Up to so many characters, of the given ones or of any code point (controls and surrogates included). */
        private String text(int maxLength, String characters) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(maxLength + 1);
            for (int i = 0; i < length; i++) {
                if (characters != null) {
                    text.append(characters.charAt(random.nextInt(characters.length())));
                } else {
                    text.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
                }
            }
            return text.toString();
        }

        private Object jsonValue(int depth) {
            int kind = random.nextInt(depth == 0 ? 8 : 10);
            return switch (kind) {
                case 0 -> text(50, null);
                case 1 -> random.nextInt();
                case 2 -> random.nextLong();
                case 3 -> random.nextDouble() * Math.pow(10, random.nextInt(-10, 300));
                case 4 -> new BigInteger(100, new Random(random.nextLong())).subtract(BigInteger.TEN.pow(30));
                case 5 -> random.nextBoolean();
                case 6 -> null;
                case 7 -> TRICKY_VALUES.get(random.nextInt(TRICKY_VALUES.size()));
                case 8 -> {
                    List<Object> list = new ArrayList<>();
                    for (int i = random.nextInt(5); i > 0; i--) {
                        list.add(jsonValue(depth - 1));
                    }
                    yield list;
                }
                default -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    for (int i = random.nextInt(5); i > 0; i--) {
                        map.put(text(12, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"), jsonValue(depth - 1));
                    }
                    yield map;
                }
            };
        }
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
