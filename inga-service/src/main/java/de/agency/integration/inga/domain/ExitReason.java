package de.agency.integration.inga.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** Beendigungsgrund: an entry of the exit-reason catalogue; invalid entries name what is never a reason. */
@Entity
@Table(name = "exit_reason")
public class ExitReason extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public boolean valid;

    @Column(name = "requires_text", nullable = false)
    public boolean requiresText;

    @Column(name = "min_months_in_inga", nullable = false)
    public int minMonthsInInga;

    @Column(nullable = false)
    public String explanation;

    /** Applied by the service itself (MAX_DURATION_REACHED), never by a counsellor. */
    @Column(name = "applied_by_service", nullable = false)
    public boolean appliedByService;

    /** Needs the statement that the Inga service portfolio was exhausted. */
    @Column(name = "requires_portfolio_exhausted", nullable = false)
    public boolean requiresPortfolioExhausted;

    public static List<ExitReason> catalogue() {
        return listAll(Sort.by("valid", Sort.Direction.Descending).and("code"));
    }
}
