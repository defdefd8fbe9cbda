package de.agency.integration.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Applies the effect of each incoming CloudEvent exactly once: the event id is recorded in the same transaction as
 * the effect, and a redelivered event is acknowledged without a second effect. A record that is no CloudEvent, has
 * unreadable data, or whose effect fails is negatively acknowledged, which sends it to the channel's dead-letter
 * topic ({@code failure-strategy=dead-letter-queue}) instead of blocking the partition.
 */
@ApplicationScoped
public class Inbox {

    private final ObjectMapper objectMapper;

    Inbox(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** To be called from a blocking {@code @Incoming} method that returns its result. */
    public CompletionStage<Void> process(Message<String> message, Consumer<ReceivedEvent> effect) {
        ReceivedEvent event;
        try {
            event = receive(message);
            QuarkusTransaction.requiringNew().run(() -> {
                if (ProcessedEvent.markProcessed(event.id(), event.type())) {
                    effect.accept(event);
                } else {
                    Log.debugf("Event %s (%s) was processed before; redelivery ignored", event.id(), event.type());
                }
            });
        } catch (RuntimeException e) {
            Log.warnf("Event rejected to the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
        return message.ack();
    }

    private ReceivedEvent receive(Message<String> message) {
        @SuppressWarnings("unchecked")
        IncomingCloudEventMetadata<String> cloudEvent = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new PoisonEventException("Record is not a CloudEvent (no ce_ headers)"));
        if (message.getPayload() == null || message.getPayload().isBlank()) {
            throw new PoisonEventException("CloudEvent " + cloudEvent.getId() + " has no data");
        }
        return new ReceivedEvent(cloudEvent.getId(), cloudEvent.getType(), message.getPayload(), objectMapper);
    }
}
