package de.agency.integration.cases.workflow;

import static de.agency.integration.cases.workflow.CaseApi.agreeGoal;
import static de.agency.integration.cases.workflow.CaseApi.open;
import static de.agency.integration.cases.workflow.CaseApi.profiled;
import static de.agency.integration.cases.workflow.CaseApi.selectStrategy;

import de.agency.integration.testing.MalformedPayloads;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Throws random and malformed payloads (a seeded generator) at every write endpoint: the answer is a success or a
 * problem with status 400, 403, 404, 409, 413 or 422, never a 500 and never anything but problem+json for an error.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class MalformedPayloadTest {

    static final int SAMPLES_PER_ENDPOINT = 60;

    /** The endpoint, the phase-preparing case factory and a valid body to mutate. */
    record WriteEndpoint(String method, String path, Supplier<String> caseInPhase, String validBody) {
    }

    @BeforeEach
    void memberships() {
        Memberships.counsellor("counsellor", "X90-511-A");
    }

    @Test
    void writeEndpointsAnswerRandomAndMalformedPayloadsWithProblemsNeverA500() {
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
            MalformedPayloads.assertAnsweredWithProblems(CaseApi::asCounsellor, endpoint.method(),
                    endpoint.path().replace("{id}", String.valueOf(caseId)), endpoint.validBody(), SAMPLES_PER_ENDPOINT);
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
