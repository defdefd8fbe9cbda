package de.agency.integration.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import java.util.Base64;

/**
 * The schemas of an OpenAPI 3.1 document as validators: JSON Schema 2020-12 with formats asserted, as Spectral's
 * {@code oas3-valid-media-example} does, OpenAPI's {@code byte} (Base64) among them.
 */
final class OpenApiSchemas {

    /** OpenAPI's {@code format: byte}: Base64-encoded data. */
    private static final Format BASE64 = new Format() {
        @Override
        public String getName() {
            return "byte";
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            try {
                Base64.getDecoder().decode(value);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    };

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(
            Dialect.builder(Dialects.getDraft202012()).format(BASE64).build(),
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .build()));

    private OpenApiSchemas() {
    }

    /** A validator of the schema, whose references into the document's components resolve against a copy of them. */
    static Schema validator(JsonNode schema, JsonNode components) {
        ObjectNode standalone = schema.deepCopy();
        standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        standalone.set("components", components);
        return REGISTRY.getSchema(standalone.toString(), InputFormat.JSON);
    }
}
