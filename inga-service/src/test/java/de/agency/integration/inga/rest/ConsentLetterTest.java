package de.agency.integration.inga.rest;

import static de.agency.integration.inga.IngaApi.SGB3;
import static de.agency.integration.inga.IngaApi.as;
import static de.agency.integration.inga.IngaApi.enrolledCustomer;
import static de.agency.integration.inga.IngaApi.ingaCounsellor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.agency.integration.testing.MovableClock;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The consent letters (BK-Vorlagen): printed as PDF for an enrollment with what the service knows and blank lines
 * for what it must not; versioned templates, of which a consent names the one it was signed on.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class ConsentLetterTest {

    private static final String ADMIN = "letters-admin";

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theLetterIsFilledWithWhatTheServiceKnows_andBlankWhereItMustNot() throws IOException {
        String counsellor = ingaCounsellor();
        clock.setDay(LocalDate.of(2026, 3, 2));
        String id = enrolledCustomer(counsellor);
        String customerNumber = as(counsellor, SGB3).get("/enrollments/{id}", id).path("customerNumber");
        String agency = as(counsellor, SGB3).get("/enrollments/{id}", id).path("agency");

        byte[] pdf = letter(counsellor, id, "THIRD_PARTY_CASE_CONFERENCE", null);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("Einwilligung in eine Fallkonferenz mit Dritten",
                    "Agentur für Arbeit, Dienststelle " + agency, "Kundennummer: " + customerNumber,
                    "Beteiligte Dritte (Stelle, Funktion):", "Anlass und Themen der Fallkonferenz:",
                    "Ihre Einwilligung ist freiwillig", "jederzeit ohne Angabe von Gründen", "(Art. 7 Abs. 3",
                    "Verantwortlich ist die Agentur für Arbeit", "Name, Vorname: ____", "Unterschrift: ____",
                    "Ort, Datum: ____", "BK-Vorlage Inga THIRD_PARTY_CASE_CONFERENCE, Version 1",
                    "Gedruckt am 02.03.2026")) {
                assertTrue(text.contains(expected), () -> "the letter says \"" + expected + "\":\n" + text);
            }
            assertEquals("Einwilligung in eine Fallkonferenz mit Dritten", document.getDocumentInformation().getTitle());
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 96);
            Path png = Path.of("target", "consent-letter.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
            assertTrue(darkPixels(page) > 5_000, "the rendered page carries text: " + png.toAbsolutePath());
        }
    }

    @Test
    void aConsentNamesTheVersionItWasSignedOn_andItsLetterIsPrintedOnThatVersionWithItsScope() throws IOException {
        String counsellor = ingaCounsellor();
        clock.setDay(LocalDate.of(2026, 3, 2));
        String id = enrolledCustomer(counsellor);
        clock.setDay(LocalDate.of(2026, 3, 20));
        int next = as(ADMIN, "ACCESS_ADMIN").body(template("VIDEO_AUDIO_RECORDING", "Aufnahmen im Training",
                        "2026-03-18")).post("/consent-letter-templates")
                .then().statusCode(201).body("scopeFields", hasItem("Zweck der Aufnahme")).extract().path("version");

        // version 1 is in force from 2026-01-01 (V8__consent_letter_templates.sql), the new one from 2026-03-18
        String onEarlier = consent(counsellor, id, "2026-03-10", null).then().statusCode(201)
                .body("templateVersion", equalTo(1)).extract().path("id");
        consent(counsellor, id, "2026-03-19", null).then().statusCode(201).body("templateVersion", equalTo(next));
        consent(counsellor, id, "2026-03-19", 1).then().statusCode(201).body("templateVersion", equalTo(1));
        int consents = as(counsellor, SGB3).get("/enrollments/{id}/consents", id).path("size()");
        consent(counsellor, id, "2026-03-19", next + 1).then().statusCode(422)
                .body("rule", equalTo("LETTER_TEMPLATE_VERSION")).body("violations[0].field", equalTo("templateVersion"));
        as(counsellor, SGB3).get("/enrollments/{id}/consents", id).then().body("size()", equalTo(consents));

        try (PDDocument document = Loader.loadPDF(letter(counsellor, id, "VIDEO_AUDIO_RECORDING", onEarlier))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("BK-Vorlage Inga VIDEO_AUDIO_RECORDING, Version 1"), text);
            assertTrue(text.contains("Filmed mock interview, kept until the exit"), text);
            assertTrue(text.contains("10.03.2026"), text);
            assertFalse(text.contains("Aufnahmen im Training"), text);
        }
        try (PDDocument document = Loader.loadPDF(letter(counsellor, id, "VIDEO_AUDIO_RECORDING", null))) {
            assertTrue(new PDFTextStripper().getText(document).contains("Aufnahmen im Training"));
        }
        as(counsellor, SGB3).queryParam("consentId", onEarlier).accept("application/pdf")
                .get("/enrollments/{id}/consent-letters/{type}", id, "THIRD_PARTY_CASE_CONFERENCE")
                .then().statusCode(404);
        as(counsellor, SGB3).get("/consent-letter-templates").then().statusCode(200)
                .body("findAll { it.type == 'VIDEO_AUDIO_RECORDING' }.version", hasItem(next));
    }

    @Test
    void onlyTheAccessAdminAddsAVersion_andTextTheLetterCannotPrintIsRefused() {
        String counsellor = ingaCounsellor();
        as(counsellor, SGB3).body(template("VIDEO_AUDIO_RECORDING", "Aufnahmen", null))
                .post("/consent-letter-templates").then().statusCode(403);
        int before = as(ADMIN, "ACCESS_ADMIN").get("/consent-letter-templates").path("size()");

        as(ADMIN, "ACCESS_ADMIN").body(template("VIDEO_AUDIO_RECORDING", "Aufnahmen \u2192 Training", null))
                .post("/consent-letter-templates").then().statusCode(422)
                .body("rule", equalTo("LETTER_TEMPLATE_PRINTABLE")).body("violations[0].field", equalTo("title"));
        as(ADMIN, "ACCESS_ADMIN").body(template("UNKNOWN_CONSENT", "Aufnahmen", null))
                .post("/consent-letter-templates").then().statusCode(400);
        as(ADMIN, "ACCESS_ADMIN").get("/consent-letter-templates").then().body("size()", equalTo(before));
    }

    private static byte[] letter(String counsellor, String enrollment, String type, String consentId) {
        var request = as(counsellor, SGB3).accept("application/pdf");
        if (consentId != null) {
            request.queryParam("consentId", consentId);
        }
        return request.get("/enrollments/{id}/consent-letters/{type}", enrollment, type).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    private static io.restassured.response.Response consent(String counsellor, String enrollment, String givenOn,
                                                             Integer templateVersion) {
        return as(counsellor, SGB3).body("{\"type\":\"VIDEO_AUDIO_RECORDING\",\"givenOn\":\"" + givenOn + "\","
                        + "\"scope\":\"Filmed mock interview, kept until the exit\""
                        + (templateVersion == null ? "" : ",\"templateVersion\":" + templateVersion) + "}")
                .post("/enrollments/{id}/consents", enrollment);
    }

    private static String template(String type, String title, String validFrom) {
        return "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"purpose\":\"Im Training wird gefilmt.\","
                + "\"scopeFields\":[\"Zweck der Aufnahme\",\"Löschung\"],\"voluntariness\":\"Freiwillig.\","
                + "\"revocation\":\"Jederzeit widerruflich.\",\"controller\":\"Die Agentur.\""
                + (validFrom == null ? "" : ",\"validFrom\":\"" + validFrom + "\"") + "}";
    }

    private static long darkPixels(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
