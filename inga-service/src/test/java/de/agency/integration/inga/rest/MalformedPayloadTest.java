package de.agency.integration.inga.rest;

import static de.agency.integration.inga.IngaApi.SGB3;
import static de.agency.integration.inga.IngaApi.as;
import static de.agency.integration.inga.IngaApi.enrolledCustomer;
import static de.agency.integration.inga.IngaApi.ingaCounsellor;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.inga.Replicas;
import de.agency.integration.testing.MalformedPayloads;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Random and malformed payloads at every write endpoint: problems, never a 500. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class MalformedPayloadTest {

    private static final int SAMPLES = 50;

    @Test
    void writeEndpointsAnswerRandomAndMalformedPayloadsWithProblemsNeverA500() {
        String counsellor = ingaCounsellor();
        String today = LocalDate.now(AgencyClock.ZONE).toString();
        check(counsellor, "POST", "/enrollments", "{\"caseId\":\"" + Replicas.kase("SGB_III", "DEVELOPMENT")
                + "\",\"circumstances\":[]}");
        String enrollment = enrolledCustomer(counsellor);
        check(counsellor, "POST", "/enrollments/" + enrollment + "/contacts",
                "{\"form\":\"PHONE\",\"date\":\"" + today + "\",\"withExternals\":false,\"recorded\":false}");
        check(counsellor, "POST", "/enrollments/" + enrollment + "/consents",
                "{\"type\":\"VIDEO_AUDIO_RECORDING\",\"givenOn\":\"" + today + "\",\"scope\":\"s\"}");
        check(counsellor, "PUT", "/enrollments/" + enrollment + "/protected-note", "{\"text\":\"t\"}");
        check(counsellor, "POST", "/enrollments/" + enrolledCustomer(counsellor) + "/exit",
                "{\"reason\":\"OTHER\",\"exitDate\":\"" + today + "\",\"justification\":\"j\",\"portfolioExhausted\":false}");
    }

    private static void check(String counsellor, String method, String path, String validBody) {
        MalformedPayloads.assertAnsweredWithProblems(() -> as(counsellor, SGB3), method, path, validBody, SAMPLES);
    }
}
