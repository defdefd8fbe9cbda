package de.agency.integration.accessreplica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A deputyship (Vertretung) from access-service's DeputyAssigned: who stands in for whom, when (both days included). */
@Entity
@Table(name = "deputy_replica")
public class DeputyReplica extends PanacheEntityBase {

    @Id
    @Column(name = "deputyship_id")
    public UUID deputyshipId;

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
        return getEntityManager().createQuery("select d.counsellorId from DeputyReplica d where d.deputyId = ?1 "
                        + "and d.validFrom <= ?2 and d.validUntil >= ?2", String.class)
                .setParameter(1, deputyId).setParameter(2, on).getResultList();
    }

    /** Records an assigned deputyship; a redelivered one changes nothing. */
    public static void assign(UUID deputyshipId, String counsellorId, String deputyId, LocalDate from,
                              LocalDate until) {
        if (findById(deputyshipId) != null) {
            return;
        }
        DeputyReplica deputy = new DeputyReplica();
        deputy.deputyshipId = deputyshipId;
        deputy.counsellorId = counsellorId;
        deputy.deputyId = deputyId;
        deputy.validFrom = from;
        deputy.validUntil = until;
        deputy.persist();
    }
}
