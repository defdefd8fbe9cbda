package de.agency.integration.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares a released AsyncAPI document with the current one, the way a consumer built against the release sees it:
 * every released event type is still described, and an event schema that changes in a way such a consumer would
 * trip over (a required field gone, a field added where the release forbade unknown ones, a type changed, an enum
 * value added) carries a new, higher {@code schemaVersion}.
 */
final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    /** @return one line per breaking change; empty if the current document is compatible with the released one */
    static List<String> breakingChanges(JsonNode released, JsonNode current) {
        List<String> breaking = new ArrayList<>();
        released.path("components").path("messages").fieldNames().forEachRemaining(message -> {
            if (current.path("components").path("messages").path(message).isMissingNode()) {
                breaking.add(message + ": the message is no longer described");
            }
        });
        JsonNode currentSchemas = current.path("components").path("schemas");
        released.path("components").path("schemas").fields().forEachRemaining(entry -> {
            JsonNode before = entry.getValue();
            JsonNode releasedVersion = before.path("properties").path("schemaVersion").path("const");
            if (releasedVersion.isMissingNode()) {
                return; // not an event schema (headers, enums)
            }
            String name = entry.getKey();
            JsonNode after = currentSchemas.path(name);
            if (after.isMissingNode()) {
                breaking.add(name + ": the schema is no longer described");
                return;
            }
            int was = releasedVersion.asInt();
            int now = after.path("properties").path("schemaVersion").path("const").asInt();
            if (now < was) {
                breaking.add(name + ": schemaVersion went back from " + was + " to " + now);
            } else if (now == was) {
                changes(before, after).forEach(change -> breaking.add(name + " (schemaVersion " + now + ", unchanged): "
                        + change));
            }
        });
        return breaking;
    }

    private static List<String> changes(JsonNode before, JsonNode after) {
        List<String> changes = new ArrayList<>();
        Set<String> requiredAfter = texts(after.path("required"));
        texts(before.path("required")).stream().filter(field -> !requiredAfter.contains(field))
                .forEach(field -> changes.add("field " + field + " is no longer required"));
        JsonNode propertiesBefore = before.path("properties");
        JsonNode propertiesAfter = after.path("properties");
        if (before.path("additionalProperties").isBoolean() && !before.path("additionalProperties").asBoolean()) {
            propertiesAfter.fieldNames().forEachRemaining(field -> {
                if (propertiesBefore.path(field).isMissingNode()) {
                    changes.add("field " + field + " is new, and the release allowed no other fields");
                }
            });
        }
        propertiesBefore.fields().forEachRemaining(property -> {
            JsonNode was = property.getValue();
            JsonNode now = propertiesAfter.path(property.getKey());
            if (now.isMissingNode()) {
                changes.add("field " + property.getKey() + " is gone");
                return;
            }
            for (String facet : List.of("type", "$ref", "format", "const", "pattern")) {
                if (!was.path(facet).equals(now.path(facet))) {
                    changes.add("field " + property.getKey() + " changed its " + facet + " from " + was.path(facet)
                            + " to " + now.path(facet));
                }
            }
            Set<String> allowedBefore = texts(was.path("enum"));
            texts(now.path("enum")).stream().filter(value -> !allowedBefore.isEmpty() && !allowedBefore.contains(value))
                    .forEach(value -> changes.add("field " + property.getKey() + " has the new value " + value));
        });
        return changes;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
