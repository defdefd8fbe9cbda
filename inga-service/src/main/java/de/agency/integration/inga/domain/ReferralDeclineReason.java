package de.agency.integration.inga.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** Why an Inga team declines a referral [default catalogue]; reference data, corrected by migration. */
@Entity
@Table(name = "referral_decline_reason")
public class ReferralDeclineReason extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String explanation;

    public static List<ReferralDeclineReason> catalogue() {
        return listAll(Sort.by("code"));
    }
}
