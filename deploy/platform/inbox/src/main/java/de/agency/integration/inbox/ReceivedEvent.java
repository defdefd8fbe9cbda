package de.agency.integration.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Collectors;

/**
 * A CloudEvent as received from Kafka: its id and type and its JSON data, read on demand into the
 * consumer's own event record. Unknown data fields are ignored so that producers can add fields without breaking
 * consumers.
 */
public final class ReceivedEvent {

    private final String id;
    private final String type;
    private final String data;
    private final ObjectMapper objectMapper;

    ReceivedEvent(String id, String type, String data, ObjectMapper objectMapper) {
        this.id = id;
        this.type = type;
        this.data = data;
        this.objectMapper = objectMapper;
    }

    public String id() {
        return id;
    }

    /** The binding event type name, e.g. {@code CaseOpened}. */
    public String type() {
        return type;
    }

    public <T> T data(Class<T> eventRecord) {
        try {
            return objectMapper.readerFor(eventRecord)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(data);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("Data of event " + id + " (" + type + ") is not a valid "
                    + eventRecord.getSimpleName() + where(e));
        }
    }

    /**
     * Where the data went wrong: the field, else the line and column. Never the parser's message, which quotes the
     * offending value (data that may be personal).
     */
    private static String where(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".", " (field ", ")"));
        }
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    @Override
    public String toString() {
        return type + " " + id;
    }
}
