package de.agency.integration.access.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An Inga counsellor's certification (Zertifizierung Inga) in a certification group; one per user. */
@Entity
@Table(name = "certification")
public class Certification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public String userId;

    /** The certification group (Zertifizierungsgruppe) the counsellor was certified in. */
    @Column(name = "certification_group", nullable = false)
    public String group;

    @Column(name = "certified_on", nullable = false)
    public LocalDate certifiedOn;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Version
    public long version;

    public static Optional<Certification> of(String userId) {
        return find("userId", userId).firstResultOptional();
    }

    /** @param group null for every group */
    public static List<Certification> all(String group) {
        return group == null ? list("order by group, userId") : list("group = ?1 order by userId", group);
    }
}
