package de.agency.integration.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The id of an event whose effect has been committed by this service. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "processed_at", nullable = false)
    public OffsetDateTime processedAt;

    /**
     * Marks the events processed in the current transaction, in one statement.
     *
     * @return the ids of those that were not before (a mutable set)
     */
    static Set<String> markAllProcessed(List<ReceivedEvent> events) {
        @SuppressWarnings("unchecked")
        List<String> fresh = getEntityManager()
                .createNativeQuery("insert into processed_event (event_id, event_type, processed_at) "
                        + "select id, type, now() from unnest(cast(:ids as varchar[]), cast(:types as varchar[])) "
                        + "as e(id, type) on conflict (event_id) do nothing returning event_id")
                .setParameter("ids", events.stream().map(ReceivedEvent::id).toArray(String[]::new))
                .setParameter("types", events.stream().map(ReceivedEvent::type).toArray(String[]::new))
                .getResultList();
        return new HashSet<>(fresh);
    }
}
