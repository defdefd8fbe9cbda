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

    /** @return the violations of the schema of {@code eventType}; empty if the data conforms */
    public static List<String> violations(String eventType, String jsonData) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:META-INF/resources/asyncapi.yaml#/components/schemas/" + eventType));
        return schema.validate(jsonData, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** Fails with every violation named if the data does not conform to the schema of {@code eventType}. */
    public static void assertConforms(String eventType, String jsonData) {
        List<String> violations = violations(eventType, jsonData);
        if (!violations.isEmpty()) {
            throw new AssertionError(eventType + " does not conform to its schema in asyncapi.yaml: " + violations
                    + "\n" + jsonData);
        }
    }
}
