package de.agency.integration.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponseConformanceTest {

    private static final JsonNode DOCUMENT = read("""
            {"paths": {
              "/cases/{id}": {"get": {}, "put": {}},
              "/cases/search": {"get": {}},
              "/cases/{id}/goal": {"put": {}}
            }}""");

    @Test
    void aRequestIsHeldToTheTemplateItMatches_aLiteralSegmentBeforeAParameter() {
        assertEquals(Optional.of("/cases/{id}"), ResponseConformance.template(DOCUMENT, "/cases/42", "get"));
        assertEquals(Optional.of("/cases/search"), ResponseConformance.template(DOCUMENT, "/cases/search", "get"));
        assertEquals(Optional.of("/cases/{id}"), ResponseConformance.template(DOCUMENT, "/cases/search", "put"));
        assertEquals(Optional.of("/cases/{id}/goal"), ResponseConformance.template(DOCUMENT, "/cases/42/goal", "put"));
    }

    @Test
    void anUndocumentedPathOrMethodIsNotHeldToAnything() {
        assertEquals(Optional.empty(), ResponseConformance.template(DOCUMENT, "/cases/42/goal", "get"));
        assertEquals(Optional.empty(), ResponseConformance.template(DOCUMENT, "/cases/42/steps/7", "get"));
        assertEquals(Optional.empty(), ResponseConformance.template(DOCUMENT, "/cases", "get"));
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
