package de.agency.integration.cases.workflow;

import static de.agency.integration.cases.workflow.CaseApi.agreeGoal;
import static de.agency.integration.cases.workflow.CaseApi.asCounsellor;
import static de.agency.integration.cases.workflow.CaseApi.open;
import static de.agency.integration.cases.workflow.CaseApi.profiled;
import static de.agency.integration.cases.workflow.CaseApi.selectStrategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Throws random and malformed payloads (jqwik generators) at every write endpoint: the answer is a success or a
 * problem with status 400, 403, 404, 409, 413 or 422, never a 500 and never anything but problem+json for an error.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class MalformedPayloadTest {

    static final int SAMPLES_PER_ENDPOINT = 60;
    static final Set<Integer> ACCEPTABLE = Set.of(200, 201, 400, 403, 404, 409, 413, 422);
    static final ObjectMapper JSON = new ObjectMapper();

    /** The endpoint, the phase-preparing case factory and a valid body to mutate. */
    record WriteEndpoint(String method, String path, Supplier<String> caseInPhase, String validBody) {
    }

    @BeforeEach
    void memberships() {
        Memberships.counsellor("counsellor", "X90-511-A");
    }

    @Test
    void writeEndpointsAnswerRandomAndMalformedPayloadsWithProblemsNeverA500() throws JsonProcessingException {
        List<WriteEndpoint> endpoints = List.of(
                new WriteEndpoint("POST", "/cases", () -> null, """
                        {"customerNumber":"555C000111","legalDomain":"SGB_III","agency":"511","team":"X90-511-A","counsellor":"counsellor"}"""),
                new WriteEndpoint("PUT", "/cases/{id}/profiling", () -> open("SGB_III"), """
                        {"strengths":["a"],"needs":[{"dimension":"QUALIFICATION","description":"b"}],"conclusion":"c"}"""),
                new WriteEndpoint("POST", "/cases/{id}/notes", () -> open("SGB_II"), """
                        {"type":"PROFILING_ASSESSMENT","text":"t"}"""),
                new WriteEndpoint("PUT", "/cases/{id}/goal", MalformedPayloadTest::goalSetting, """
                        {"kind":"TARGET_OCCUPATION","description":"d","targetDate":"2099-01-01"}"""),
                new WriteEndpoint("POST", "/cases/{id}/strategies", MalformedPayloadTest::goalSetting, """
                        {"strategies":[{"strategy":"VOCATIONAL_QUALIFICATION","needId":"6f1c1c4e-8d0a-4f57-9a43-2f8d6f1b9c11"}]}"""),
                new WriteEndpoint("POST", "/cases/{id}/steps", MalformedPayloadTest::implementing, """
                        {"kind":"AGREED_STEP","description":"d","responsible":"CUSTOMER","dueDate":"2099-01-01"}"""),
                new WriteEndpoint("POST", "/cases/{id}/follow-ups", MalformedPayloadTest::implementing, """
                        {"heldOn":"2026-01-01","progress":"p","reopenProfiling":false}"""),
                new WriteEndpoint("POST", "/cases/{id}/handover", () -> open("SGB_III"), """
                        {"toLegalDomain":"SGB_II"}"""),
                new WriteEndpoint("POST", "/cases/{id}/close", () -> open("SGB_III"), """
                        {"reason":"OTHER"}"""),
                new WriteEndpoint("POST", "/cases/{id}/profiling/complete", () -> open("SGB_III"), ""));

        for (WriteEndpoint endpoint : endpoints) {
            String caseId = endpoint.caseInPhase().get();
            Iterator<String> payloads = payloads(endpoint.validBody()).sampleStream().iterator();
            for (int i = 0; i < SAMPLES_PER_ENDPOINT; i++) {
                String payload = payloads.next();
                Response response = asCounsellor().body(payload)
                        .request(endpoint.method(), endpoint.path().replace("{id}", String.valueOf(caseId)));
                int status = response.statusCode();
                assertTrue(ACCEPTABLE.contains(status),
                        endpoint.method() + " " + endpoint.path() + " answered " + status + " to " + payload);
                if (status >= 400) {
                    assertEquals("application/problem+json", response.contentType(),
                            endpoint.method() + " " + endpoint.path() + " answered " + status + " to " + payload);
                }
            }
        }
    }

    /** Random text, random JSON, and the valid body with one field replaced by a random JSON value. */
    static Arbitrary<String> payloads(String validBody) throws JsonProcessingException {
        List<Arbitrary<String>> kinds = new ArrayList<>(List.of(
                Arbitraries.strings().ofMaxLength(200),
                jsonValues(3).map(MalformedPayloadTest::write),
                Arbitraries.strings().withChars("{}[]\":,0123456789.-etrufalsn ").ofMaxLength(80)));
        if (!validBody.isBlank()) {
            ObjectNode valid = (ObjectNode) JSON.readTree(validBody);
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

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String goalSetting() {
        String caseId = open("SGB_III");
        profiled(caseId);
        return caseId;
    }

    private static String implementing() {
        String caseId = open("SGB_III");
        String needId = profiled(caseId);
        agreeGoal(caseId).then().statusCode(200);
        selectStrategy(caseId, "VOCATIONAL_QUALIFICATION", needId).then().statusCode(200);
        return caseId;
    }
}
