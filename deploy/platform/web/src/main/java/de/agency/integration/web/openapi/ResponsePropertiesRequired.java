package de.agency.integration.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Marks what a response always carries as {@code required}, so that a generated client types it as present
 * ({@code id: string}, not {@code id?: string}). The rule: in a schema that only answers use (reachable from a
 * response body, from no request body or parameter), every property is required unless its schema admits
 * {@code null} ({@code @Schema(nullable = true)} on the record component: a value that may be missing, sent as
 * {@code null} or left out). A schema that names its required properties itself keeps them.
 *
 * <p>The tests hold the answers to it: every JSON body a service's tests receive is validated against the
 * operation's documented schema, so a property declared present that comes back {@code null} or absent fails them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ResponsePropertiesRequired implements OASFilter {

    private static final String COMPONENT_PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        List<Operation> operations = openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream()).toList();
        Set<Schema> answers = reachable(operations.stream().flatMap(ResponsePropertiesRequired::responseSchemas),
                components);
        Set<Schema> inputs = reachable(operations.stream().flatMap(ResponsePropertiesRequired::inputSchemas),
                components);
        answers.stream().filter(schema -> !inputs.contains(schema)).forEach(ResponsePropertiesRequired::requirePresent);
    }

    private static void requirePresent(Schema schema) {
        if (schema.getProperties() == null || schema.getProperties().isEmpty()
                || (schema.getRequired() != null && !schema.getRequired().isEmpty())) {
            return;
        }
        List<String> present = schema.getProperties().entrySet().stream()
                .filter(property -> !admitsNull(property.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        if (!present.isEmpty()) {
            schema.setRequired(new ArrayList<>(present));
        }
    }

    /** {@code type: [..., "null"]}, or one of the alternatives of {@code anyOf}/{@code oneOf} is {@code null}. */
    static boolean admitsNull(Schema schema) {
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)) {
            return true;
        }
        return Stream.concat(stream(schema.getAnyOf()), stream(schema.getOneOf()))
                .anyMatch(ResponsePropertiesRequired::admitsNull);
    }

    private static Stream<Schema> responseSchemas(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return Stream.empty();
        }
        return operation.getResponses().getAPIResponses().values().stream()
                .flatMap(response -> contentSchemas(response.getContent()));
    }

    private static Stream<Schema> inputSchemas(Operation operation) {
        Stream<Schema> body = operation.getRequestBody() == null ? Stream.empty()
                : contentSchemas(operation.getRequestBody().getContent());
        Stream<Schema> parameters = stream(operation.getParameters()).map(parameter -> parameter.getSchema());
        return Stream.concat(body, parameters).filter(Objects::nonNull);
    }

    private static Stream<Schema> contentSchemas(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return Stream.empty();
        }
        return content.getMediaTypes().values().stream().map(media -> media.getSchema()).filter(Objects::nonNull);
    }

    /** The schemas given and every schema they lead to: references, properties, items, alternatives. */
    private static Set<Schema> reachable(Stream<Schema> roots, Map<String, Schema> components) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Schema> open = new ArrayList<>(roots.toList());
        while (!open.isEmpty()) {
            Schema schema = open.remove(open.size() - 1);
            if (schema == null || !seen.add(schema)) {
                continue;
            }
            if (schema.getRef() != null && schema.getRef().startsWith(COMPONENT_PREFIX)) {
                open.add(components.get(schema.getRef().substring(COMPONENT_PREFIX.length())));
            }
            if (schema.getProperties() != null) {
                open.addAll(schema.getProperties().values());
            }
            open.add(schema.getItems());
            open.add(schema.getAdditionalPropertiesSchema());
            open.addAll(Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                    .flatMap(ResponsePropertiesRequired::stream).toList());
        }
        return seen;
    }

    private static <T> Stream<T> stream(List<T> list) {
        return list == null ? Stream.empty() : list.stream();
    }
}
