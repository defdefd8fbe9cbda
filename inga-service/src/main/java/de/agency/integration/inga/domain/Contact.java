package de.agency.integration.inga.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A contact (appointment) with the customer in any form. */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "enrollment_id", nullable = false)
    public UUID enrollmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactForm form;

    @Column(name = "contact_date", nullable = false)
    public LocalDate date;

    @Column(name = "with_externals", nullable = false)
    public boolean withExternals;

    /** Video or audio was recorded. */
    @Column(nullable = false)
    public boolean recorded;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public static List<Contact> of(UUID enrollmentId) {
        return list("enrollmentId = ?1 order by date, recordedAt", enrollmentId);
    }

    public static long countOf(UUID enrollmentId) {
        return count("enrollmentId", enrollmentId);
    }

    /** The number of contacts of each of the enrollments that has any, with one statement. */
    public static Map<UUID, Long> countsOf(List<UUID> enrollmentIds) {
        return getEntityManager().createQuery("select c.enrollmentId, count(c) from Contact c "
                        + "where c.enrollmentId in :ids group by c.enrollmentId", Object[].class)
                .setParameter("ids", enrollmentIds).getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }
}
