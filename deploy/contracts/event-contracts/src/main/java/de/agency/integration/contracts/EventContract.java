package de.agency.integration.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * Checks event data against its JSON Schema in the AsyncAPI document (module asyncapi,
 * {@code META-INF/resources/asyncapi.yaml}),
 * the one description of each event type. Producer tests check what they emit, consumer tests what they read.
 */
public final class EventContract {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private EventContract() {
    }

    private static final String DOCUMENT = "classpath:META-INF/resources/asyncapi.yaml";

    /** @return the violations of the current schema of {@code eventType}; empty if the data conforms */
    public static List<String> violations(String eventType, String jsonData) {
        return violationsOf("#/components/schemas/" + eventType, jsonData);
    }

    /**
     * Producers: fails with every violation named if the data does not conform to the current schema of
     * {@code eventType} (its newest version).
     */
    public static void assertConforms(String eventType, String jsonData) {
        fail(eventType, "its schema", violations(eventType, jsonData), jsonData);
    }

    /**
     * Consumers: fails if the data is none of the versions the contract's message still describes (during a
     * transition, the current one and its predecessor).
     */
    public static void assertAccepted(String eventType, String jsonData) {
        fail(eventType, "any version of its message", violationsOf("#/components/messages/" + eventType + "/payload",
                jsonData), jsonData);
    }

    private static List<String> violationsOf(String pointer, String jsonData) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(DOCUMENT + pointer));
        return schema.validate(jsonData, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static void fail(String eventType, String what, List<String> violations, String jsonData) {
        if (!violations.isEmpty()) {
            throw new AssertionError(eventType + " does not conform to " + what + " in asyncapi.yaml: " + violations
                    + "\n" + jsonData);
        }
    }
}
