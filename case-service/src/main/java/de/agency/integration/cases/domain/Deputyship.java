package de.agency.integration.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Replica of a deputyship (Vertretung) from access-service's DeputyAssigned: who stands in for whom, when. */
@Entity
@Table(name = "deputyship_replica")
public class Deputyship extends PanacheEntityBase {

    @Id
    @Column(name = "deputyship_id")
    public UUID id;

    @Column(name = "counsellor_id", nullable = false)
    public String counsellorId;

    @Column(name = "deputy_id", nullable = false)
    public String deputyId;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    /** The counsellors the deputy stands in for on that day. */
    public static List<String> representedBy(String deputyId, LocalDate on) {
        return getEntityManager().createQuery("select d.counsellorId from Deputyship d where d.deputyId = ?1 "
                        + "and d.validFrom <= ?2 and d.validUntil >= ?2", String.class)
                .setParameter(1, deputyId).setParameter(2, on).getResultList();
    }

    /** Records an assigned deputyship; a redelivered one changes nothing. */
    public static void assign(UUID id, String counsellorId, String deputyId, LocalDate from, LocalDate until) {
        if (findById(id) != null) {
            return;
        }
        Deputyship deputyship = new Deputyship();
        deputyship.id = id;
        deputyship.counsellorId = counsellorId;
        deputyship.deputyId = deputyId;
        deputyship.validFrom = from;
        deputyship.validUntil = until;
        deputyship.persist();
    }
}
