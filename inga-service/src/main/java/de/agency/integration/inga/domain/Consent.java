package de.agency.integration.inga.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A customer's consent (Einwilligung), given on a day with a scope, revocable. */
@Entity
@Table(name = "consent")
public class Consent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "enrollment_id", nullable = false)
    public UUID enrollmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentType type;

    @Column(name = "given_on", nullable = false)
    public LocalDate givenOn;

    @Column(nullable = false)
    public String scope;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    /** The version of the type's letter template the customer signed; none for consents recorded before them. */
    @Column(name = "template_version")
    public Integer templateVersion;

    @Version
    public long version;

    public static List<Consent> of(UUID enrollmentId) {
        return list("enrollmentId = ?1 order by givenOn", enrollmentId);
    }

    /** Given on or before the day and not revoked by then. */
    public static boolean validOn(UUID enrollmentId, ConsentType type, LocalDate day) {
        return count("enrollmentId = ?1 and type = ?2 and givenOn <= ?3 and (revokedOn is null or revokedOn > ?3)",
                enrollmentId, type, day) > 0;
    }
}
