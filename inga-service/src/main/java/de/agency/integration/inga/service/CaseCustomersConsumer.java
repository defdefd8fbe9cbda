package de.agency.integration.inga.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.agency.integration.inga.domain.CaseCustomer;
import de.agency.integration.inga.event.CaseEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the customer number of each case from the compacted topic {@code case-customers} (key = case id), and erases
 * it on the case's tombstone. Each record sets the state of its key, so a redelivery has no second effect; a record
 * that cannot be read goes to the dead-letter topic.
 */
@ApplicationScoped
public class CaseCustomersConsumer {

    private final ObjectMapper objectMapper;

    CaseCustomersConsumer(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Incoming("case-customers")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) throws JsonProcessingException {
        UUID caseId = UUID.fromString(record.key());
        if (record.value() == null) {
            CaseCustomer.forget(caseId);
            return;
        }
        CaseEvent.CaseCustomer customer = objectMapper.readerFor(CaseEvent.CaseCustomer.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(record.value());
        CaseCustomer.remember(caseId, customer.customerNumber());
    }
}
