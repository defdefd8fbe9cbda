package de.agency.integration.inga.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;

/** The customer number of a case, from case-service's compacted topic {@code case-customers}; gone with its tombstone. */
@Entity
@Table(name = "case_customer")
public class CaseCustomer extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "customer_number", nullable = false)
    public String customerNumber;

    public static Optional<String> numberOf(UUID caseId) {
        return CaseCustomer.<CaseCustomer>findByIdOptional(caseId).map(customer -> customer.customerNumber);
    }

    /** Records the case's customer number; a redelivered record changes nothing. */
    public static void remember(UUID caseId, String customerNumber) {
        getEntityManager().createNativeQuery("insert into case_customer (case_id, customer_number) "
                        + "values (:case, :number) on conflict (case_id) do update set customer_number = :number")
                .setParameter("case", caseId).setParameter("number", customerNumber).executeUpdate();
    }

    public static void forget(UUID caseId) {
        deleteById(caseId);
    }
}
