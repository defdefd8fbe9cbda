package de.agency.integration.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An action strategy chosen for a case, addressing one of its recorded needs. */
@Entity
@Table(name = "selected_strategy")
public class SelectedStrategy extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "strategy_code", nullable = false)
    public String strategy;

    @Column(name = "need_id", nullable = false)
    public UUID needId;

    @Column(name = "selected_at", nullable = false)
    public OffsetDateTime selectedAt;

    public static List<SelectedStrategy> of(UUID caseId) {
        return list("caseId = ?1 order by selectedAt, strategy", caseId);
    }
}
