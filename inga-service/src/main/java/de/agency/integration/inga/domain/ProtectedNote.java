package de.agency.integration.inga.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Geschütztes Textfeld of an enrollment, encrypted (AES-GCM); the plaintext is never stored. */
@Entity
@Table(name = "protected_note")
public class ProtectedNote extends PanacheEntityBase {

    @Id
    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Embedded
    public Sealed sealed;

    @Column(name = "written_by", nullable = false)
    public String writtenBy;

    @Column(name = "written_at", nullable = false)
    public OffsetDateTime writtenAt;

    @Version
    public long version;
}
