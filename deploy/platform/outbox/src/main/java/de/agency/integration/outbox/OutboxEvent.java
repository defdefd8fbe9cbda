package de.agency.integration.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An event waiting in the outbox table until {@link OutboxRelay} has handed it to Kafka.
 * The row is written in the transaction of the state change it describes.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "aggregate_type", nullable = false, updatable = false)
    public String aggregateType;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    public String aggregateId;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    /** JSON data; null for a tombstone, which erases the key from a compacted topic. */
    @Column(updatable = false)
    public String payload;

    /** The topic, if not the channel's own. */
    @Column(updatable = false)
    public String topic;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    /** W3C {@code traceparent} of the span that recorded the event, if it was traced. */
    @Column(name = "trace_parent", updatable = false)
    public String traceParent;

    /**
     * The oldest pending events whose transactions are older than every transaction still running, in transaction
     * order, locked for this transaction (rows locked elsewhere are skipped). A transaction that wrote earlier but
     * has not committed yet holds back the events of later ones until it commits or rolls back, so what the relay
     * publishes never goes back: no event of an older transaction appears after a newer one's (in plain sequence
     * order it could: a transaction that took a lower sequence number but committed later came out after higher ones).
     */
    static List<OutboxEvent> lockOldest(int limit) {
        return getEntityManager()
                .createNativeQuery("""
                        select * from outbox_event where tx_id < pg_snapshot_xmin(pg_current_snapshot())
                        order by tx_id, sequence_no limit :limit for update skip locked""", OutboxEvent.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    /**
     * Removes the published events in one statement, prepared once (an {@code in} list would be translated anew for
     * every batch size).
     */
    static void deletePublished(List<OutboxEvent> published) {
        getEntityManager().createNativeQuery("delete from outbox_event where id = any(cast(:ids as uuid[]))")
                .setParameter("ids", published.stream().map(event -> event.id.toString()).toArray(String[]::new))
                .executeUpdate();
    }
}
