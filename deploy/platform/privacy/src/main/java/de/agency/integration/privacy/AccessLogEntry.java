package de.agency.integration.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One read of social data: who read which resource of which customer, when, through which endpoint. */
@Entity
@Table(name = "access_log")
public class AccessLogEntry extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "accessed_at", nullable = false)
    public OffsetDateTime accessedAt;

    @Column(name = "user_id", nullable = false)
    public String userId;

    /** e.g. {@code CASE}, {@code ENROLLMENT}, {@code CONTACTS}. */
    @Column(name = "resource_kind", nullable = false)
    public String resourceKind;

    @Column(name = "resource_id", nullable = false)
    public String resourceId;

    /** Null where the service holds no customer numbers (reporting names enrollments only). */
    @Column(name = "customer_number")
    public String customerNumber;

    /** Method and path, without the query string. */
    @Column(nullable = false)
    public String endpoint;
}
