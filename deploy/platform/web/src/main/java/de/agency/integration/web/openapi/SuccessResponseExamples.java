package de.agency.integration.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every success response of a service's OpenAPI document a complete example body, composed from its schema:
 * each property's own example where the record declares one ({@code @Schema(examples = ...)}), otherwise a value
 * of its type and format (the first constant of an enumeration, a fixed UUID, a day, an instant). Client generators
 * and API catalogues show it; a response that declares its own example keeps it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SuccessResponseExamples implements OASFilter {

    private static final String COMPONENT_PREFIX = "#/components/schemas/";
    private static final String JSON = "application/json";
    private static final String CSV = "text/csv";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2") && response.getContent() != null && response.getContent().getMediaTypes() != null) {
                    Map<String, MediaType> media = response.getContent().getMediaTypes();
                    media.forEach((type, body) -> {
                        if (!CSV.equals(type)) {
                            addExample(body, components);
                        }
                    });
                    if (media.containsKey(CSV) && media.containsKey(JSON)) {
                        addCsvExample(media.get(CSV), media.get(JSON).getExample());
                    }
                }
            });
        }));
    }

    private static void addExample(MediaType media, Map<String, Schema> components) {
        if (media.getSchema() != null && lacksExample(media)) {
            Object example = example(media.getSchema(), components);
            if (example != null) {
                media.setExample(example);
            }
        }
    }

    /**
     * A report's CSV form: the header line and the row of its JSON example (of a page, its {@code items}), as the
     * report writes them.
     */
    private static void addCsvExample(MediaType csv, Object jsonExample) {
        Object rowsExample = jsonExample instanceof Map<?, ?> page ? page.get("items") : jsonExample;
        if (lacksExample(csv) && rowsExample instanceof List<?> rows && !rows.isEmpty()
                && rows.get(0) instanceof Map<?, ?> row) {
            csv.setExample(String.join(",", row.keySet().stream().map(String::valueOf).toList()) + "\r\n"
                    + String.join(",", row.values().stream().map(value -> value instanceof Map || value instanceof List
                    ? "" : String.valueOf(value)).toList()) + "\r\n");
        }
    }

    private static boolean lacksExample(MediaType media) {
        return media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty());
    }

    static Object example(Schema schema, Map<String, Schema> components) {
        return example(schema, components, new HashSet<>());
    }

    /**
     * An example of the schema; null where none can be made. {@code expanding}: the components being expanded on the
     * way here - a component met again (a recursive type) ends the example there, and an object leaves out a property
     * without one rather than showing null where its schema does not allow it.
     */
    private static Object example(Schema schema, Map<String, Schema> components, Set<String> expanding) {
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(COMPONENT_PREFIX.length());
            Schema referenced = components.get(name);
            if (referenced == null || !expanding.add(name)) {
                return null;
            }
            try {
                return example(referenced, components, expanding);
            } finally {
                expanding.remove(name);
            }
        }
        for (List<Schema> branches : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            Object first = branches == null ? null : branches.stream().map(branch -> example(branch, components,
                    expanding)).filter(Objects::nonNull).findFirst().orElse(null);
            if (first != null) {
                return first;
            }
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.ARRAY)) {
            Object item = schema.getItems() == null ? null : example(schema.getItems(), components, expanding);
            return item == null ? List.of() : List.of(item);
        }
        if (types.contains(Schema.SchemaType.OBJECT) || schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((name, property) -> {
                    Object value = example(property, components, expanding);
                    if (value != null) {
                        object.put(name, value);
                    }
                });
            }
            return object;
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            return 1;
        }
        if (types.contains(Schema.SchemaType.NUMBER)) {
            return 1.5;
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return true;
        }
        return types.contains(Schema.SchemaType.STRING) ? stringOfFormat(schema.getFormat()) : null;
    }

    private static String stringOfFormat(String format) {
        return switch (format == null ? "" : format) {
            case "uuid" -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
            case "date" -> "2026-03-02";
            case "date-time" -> "2026-03-02T09:30:00Z";
            case "duration" -> "P30D";
            case "uri" -> "https://example.org/";
            default -> "string";
        };
    }
}
