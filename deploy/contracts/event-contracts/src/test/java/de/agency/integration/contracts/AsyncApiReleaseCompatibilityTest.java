package de.agency.integration.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build check for integration teams: the AsyncAPI document may change only compatibly with its last release
 * (the newest file of {@code deploy/contracts/asyncapi/released/}), unless the changed event carries a new schemaVersion. On a
 * release, copy the document there under its version.
 */
class AsyncApiReleaseCompatibilityTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Path RELEASED = Path.of("..", "asyncapi", "released");

    @Test
    void theDocumentIsCompatibleWithItsLastReleaseOrItsChangedEventsCarryANewSchemaVersion() throws IOException {
        assertEquals(List.of(), SchemaCompatibility.breakingChanges(lastRelease(), current()),
                "incompatible change without a new schemaVersion against " + lastReleaseFile());
    }

    @Test
    void theCheckCatchesAnIncompatibleChangeThatKeepsItsSchemaVersion() throws IOException {
        JsonNode released = current();
        ObjectNode changed = (ObjectNode) current();
        ObjectNode contact = (ObjectNode) changed.path("components").path("schemas").path("IngaContactRecorded");
        ((ArrayNode) contact.path("required")).removeAll().add("schemaVersion");
        ((ObjectNode) contact.path("properties")).putObject("note").put("type", "string");
        ((ObjectNode) contact.path("properties").path("form")).withArray("enum").add("TELEPATHY");

        List<String> breaking = SchemaCompatibility.breakingChanges(released, changed);

        assertTrue(breaking.stream().anyMatch(line -> line.contains("enrollmentId is no longer required")), breaking.toString());
        assertTrue(breaking.stream().anyMatch(line -> line.contains("note is new")), breaking.toString());
        assertTrue(breaking.stream().anyMatch(line -> line.contains("new value TELEPATHY")), breaking.toString());

        ((ObjectNode) contact.path("properties").path("schemaVersion")).put("const", 2);
        assertFalse(SchemaCompatibility.breakingChanges(released, changed).stream()
                .anyMatch(line -> line.startsWith("IngaContactRecorded")), "a new schemaVersion declares the change");
    }

    private static JsonNode current() throws IOException {
        try (InputStream document = AsyncApiReleaseCompatibilityTest.class.getResourceAsStream(
                "/META-INF/resources/asyncapi.yaml")) {
            return YAML.readTree(document);
        }
    }

    private static JsonNode lastRelease() throws IOException {
        return YAML.readTree(lastReleaseFile().toFile());
    }

    private static Path lastReleaseFile() throws IOException {
        try (Stream<Path> releases = Files.list(RELEASED)) {
            return releases.filter(file -> file.getFileName().toString().matches("asyncapi-[0-9.]+\\.yaml"))
                    .max(Comparator.comparing(AsyncApiReleaseCompatibilityTest::version))
                    .orElseThrow(() -> new IllegalStateException("No released AsyncAPI document in " + RELEASED));
        }
    }

    /** {@code asyncapi-1.10.0.yaml} after {@code asyncapi-1.9.0.yaml}. */
    private static String version(Path file) {
        String[] parts = file.getFileName().toString().replaceAll("asyncapi-|\\.yaml", "").split("\\.");
        StringBuilder sortable = new StringBuilder();
        for (String part : parts) {
            sortable.append(String.format("%06d", Integer.parseInt(part)));
        }
        return sortable.toString();
    }
}
