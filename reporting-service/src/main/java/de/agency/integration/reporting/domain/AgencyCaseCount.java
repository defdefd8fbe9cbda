package de.agency.integration.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** Read model: how many cases were opened per agency. */
@Entity
@Table(name = "agency_case_count")
public class AgencyCaseCount extends PanacheEntityBase {

    @Id
    public String agency;

    @Column(name = "opened_cases", nullable = false)
    public long openedCases;

    /** Counts one more opened case for the agency; safe against a concurrent first count of the same agency. */
    public static void countOpened(String agency) {
        getEntityManager().createNativeQuery("insert into agency_case_count (agency, opened_cases) values (:agency, 1) "
                        + "on conflict (agency) do update set opened_cases = agency_case_count.opened_cases + 1")
                .setParameter("agency", agency)
                .executeUpdate();
    }

    public static List<AgencyCaseCount> byAgency() {
        return listAll(Sort.by("agency"));
    }
}
