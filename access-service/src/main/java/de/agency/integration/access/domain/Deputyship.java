package de.agency.integration.access.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A deputy (Vertretung) of a counsellor for a period, both days included. */
@Entity
@Table(name = "deputyship")
public class Deputyship extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "counsellor_id", nullable = false)
    public String counsellorId;

    @Column(name = "deputy_id", nullable = false)
    public String deputyId;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;

    public static List<Deputyship> of(String counsellorId) {
        return list("counsellorId = ?1 order by validFrom", counsellorId);
    }

    /**
     * Serialises assignments of one deputy to one counsellor until the caller's transaction ends, so that two
     * concurrent assignments cannot both find no overlap.
     */
    public static void lockPair(String counsellorId, String deputyId) {
        getEntityManager().createNativeQuery("select count(*) from "
                        + "(select pg_advisory_xact_lock(hashtext(:counsellor), hashtext(:deputy))) locked")
                .setParameter("counsellor", counsellorId).setParameter("deputy", deputyId).getSingleResult();
    }

    /** Whether the deputy already stands in for the counsellor on some day of the period. */
    public static boolean overlaps(String counsellorId, String deputyId, LocalDate from, LocalDate until) {
        return count("counsellorId = ?1 and deputyId = ?2 and validFrom <= ?4 and validUntil >= ?3",
                counsellorId, deputyId, from, until) > 0;
    }
}
