package de.agency.integration.inga.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** The federal state (Bundesland) of an agency, whose public holidays are not working days there; reference data. */
@Entity
@Table(name = "agency_federal_state")
public class AgencyFederalState extends PanacheEntityBase {

    @Id
    public String agency;

    /** ISO 3166-2 subdivision code in lower case, as the holiday calendar names it, e.g. {@code by} for Bavaria. */
    @Column(name = "federal_state", nullable = false)
    public String federalState;

    public static Optional<String> of(String agency) {
        return AgencyFederalState.<AgencyFederalState>findByIdOptional(agency).map(state -> state.federalState);
    }
}
