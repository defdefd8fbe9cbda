package de.agency.integration.inga.rest;

import static de.agency.integration.inga.IngaApi.SGB3;
import static de.agency.integration.inga.IngaApi.as;
import static de.agency.integration.inga.IngaApi.enrolledCustomer;
import static de.agency.integration.inga.IngaApi.ingaCounsellor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The signed original of a consent: kept once, encrypted at rest, read back as uploaded, kept through a revocation;
 * a bad upload is a problem and stores nothing.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class SignedOriginalTest {

    private static final String PATH = "/enrollments/{id}/consents/{consentId}/signed-original";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};

    @Inject
    EntityManager entityManager;

    @Test
    void theSignedLetterIsKeptEncryptedOnce_readBackAsUploaded_andKeptThroughTheRevocation() {
        String counsellor = ingaCounsellor();
        String enrollment = enrolledCustomer(counsellor);
        String consent = consent(counsellor, enrollment);
        byte[] letter = as(counsellor, SGB3).accept("application/pdf")
                .get("/enrollments/{id}/consent-letters/VIDEO_AUDIO_RECORDING", enrollment).asByteArray();

        upload(counsellor, enrollment, consent, "application/pdf", letter).then().statusCode(201)
                .body("mediaType", equalTo("application/pdf")).body("sizeBytes", equalTo(letter.length));
        upload(counsellor, enrollment, consent, "application/pdf", letter).then().statusCode(409);

        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager.createNativeQuery(
                "select ciphertext from signed_original where consent_id = :id")
                .setParameter("id", UUID.fromString(consent)).getSingleResult());
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("%PDF-"), "kept encrypted");

        as(counsellor, SGB3).delete("/enrollments/{id}/consents/{consentId}", enrollment, consent).then()
                .statusCode(200);
        byte[] read = as(counsellor, SGB3).accept("application/pdf").get(PATH, enrollment, consent).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(letter, read);
        as(ingaCounsellor(), SGB3).accept("application/pdf").get(PATH, enrollment, consent).then().statusCode(403);
    }

    @Test
    void aBadUploadIsAProblemAndStoresNothing() {
        String counsellor = ingaCounsellor();
        String enrollment = enrolledCustomer(counsellor);
        String consent = consent(counsellor, enrollment);
        String otherEnrollment = enrolledCustomer(counsellor);
        byte[] pdf = "%PDF-1.7\n% a signed letter\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tooLarge = Arrays.copyOf(pdf, 2 * 1024 * 1024 + 1);

        upload(counsellor, enrollment, consent, "application/pdf", tooLarge).then().statusCode(413)
                .contentType("application/problem+json");
        upload(counsellor, enrollment, consent, "image/png", pdf).then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("image/png"));
        upload(counsellor, enrollment, consent, "application/pdf", Arrays.copyOf(PNG_SIGNATURE, 64)).then()
                .statusCode(415).contentType("application/problem+json");
        upload(counsellor, enrollment, consent, "text/plain", pdf).then().statusCode(415)
                .contentType("application/problem+json");
        upload(counsellor, otherEnrollment, consent, "application/pdf", pdf).then().statusCode(422)
                .body("rule", equalTo("CONSENT_OF_THIS_ENROLLMENT")).body("violations[0].field", equalTo("consentId"))
                .body(not(containsString("%PDF")));

        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from signed_original where consent_id = :id")
                .setParameter("id", UUID.fromString(consent)).getSingleResult()).longValue()));
        as(counsellor, SGB3).accept("application/pdf").get(PATH, enrollment, consent).then().statusCode(404);
        upload(counsellor, enrollment, consent, "application/pdf", pdf).then().statusCode(201);
    }

    private static String consent(String counsellor, String enrollment) {
        return as(counsellor, SGB3).body("{\"type\":\"VIDEO_AUDIO_RECORDING\",\"givenOn\":\""
                        + LocalDate.now(AgencyClock.ZONE) + "\",\"scope\":\"Mock interview, filmed\"}")
                .post("/enrollments/{id}/consents", enrollment).then().statusCode(201).extract().path("id");
    }

    private static Response upload(String counsellor, String enrollment, String consent, String type, byte[] body) {
        return as(counsellor, SGB3).contentType(type).body(body).post(PATH, enrollment, consent);
    }
}
