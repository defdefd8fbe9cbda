package de.agency.integration.inga.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The signed original of a consent (the letter as the customer signed it), encrypted: never its plain bytes. */
@Entity
@Table(name = "signed_original")
public class SignedOriginal extends PanacheEntityBase {

    @Id
    @Column(name = "consent_id")
    public UUID consentId;

    @Column(name = "enrollment_id", nullable = false)
    public UUID enrollmentId;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Embedded
    public Sealed sealed;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public OffsetDateTime uploadedAt;

    public static List<SignedOriginal> of(UUID enrollmentId) {
        return list("enrollmentId", enrollmentId);
    }
}
