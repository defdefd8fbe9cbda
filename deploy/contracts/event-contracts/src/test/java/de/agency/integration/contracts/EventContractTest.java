package de.agency.integration.contracts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventContractTest {

    static final String CASE_OPENED = """
            {"schemaVersion":2,"caseId":"6f1c1c4e-8d0a-4f57-9a43-2f8d6f1b9c11",
             "legalDomain":"SGB_III","agency":"311","team":"X90-311-INGA1","counsellor":"counsellor",
             "phase":"PROFILING","openedAt":"2026-11-24T08:00:00Z"}
            """;
    static final String CASE_OPENED_V1 = CASE_OPENED.replace("\"schemaVersion\":2,", "\"schemaVersion\":1,")
            .replace("\"legalDomain\"", "\"customerNumber\":\"123A456789\",\"legalDomain\"");

    @Test
    void conformingEventHasNoViolations() {
        assertEquals(List.of(), EventContract.violations("CaseOpened", CASE_OPENED));
    }

    @Test
    void unknownLegalDomainViolatesSchema() {
        assertTrue(EventContract.violations("CaseOpened", CASE_OPENED.replace("SGB_III", "SGB_XII")).size() == 1);
    }

    @Test
    void freeTextFieldViolatesSchema() {
        String withNote = CASE_OPENED.replace("{\"schemaVersion\"", "{\"note\":\"customer said ...\",\"schemaVersion\"");
        assertEquals(1, EventContract.violations("CaseOpened", withNote).size());
    }

    @Test
    void missingFieldAndMalformedDateViolateSchema() {
        String broken = CASE_OPENED.replace("\"agency\":\"311\",", "").replace("2026-11-24T08:00:00Z", "yesterday");
        assertEquals(2, EventContract.violations("CaseOpened", broken).size());
    }

    @Test
    void producersEmitTheCurrentVersionOnly_consumersAcceptThePreviousOneDuringTheTransition() {
        assertThrows(AssertionError.class, () -> EventContract.assertConforms("CaseOpened", CASE_OPENED_V1),
                "version 1 carried the customer number and is no longer published");
        assertDoesNotThrow(() -> EventContract.assertAccepted("CaseOpened", CASE_OPENED_V1));
        assertDoesNotThrow(() -> EventContract.assertAccepted("CaseOpened", CASE_OPENED));
        assertThrows(AssertionError.class, () -> EventContract.assertAccepted("CaseOpened",
                CASE_OPENED.replace("\"legalDomain\"", "\"customerNumber\":\"123A456789\",\"legalDomain\"")),
                "version 2 with a customer number is neither version");
    }
}
