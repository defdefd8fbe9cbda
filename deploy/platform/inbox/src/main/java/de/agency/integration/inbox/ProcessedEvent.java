package de.agency.integration.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

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
     * Marks the event processed in the current transaction.
     *
     * @return false if it already was, also when a concurrent consumer marked it first
     */
    static boolean markProcessed(String eventId, String eventType) {
        return getEntityManager()
                .createNativeQuery("insert into processed_event (event_id, event_type, processed_at) "
                        + "values (:id, :type, now()) on conflict (event_id) do nothing")
                .setParameter("id", eventId)
                .setParameter("type", eventType)
                .executeUpdate() == 1;
    }
}
