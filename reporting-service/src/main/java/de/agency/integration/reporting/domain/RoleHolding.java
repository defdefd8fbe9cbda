package de.agency.integration.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An active role grant, from RoleGranted until RoleRevoked. */
@Entity
@Table(name = "role_holding")
public class RoleHolding extends PanacheEntityBase {

    @Id
    @Column(name = "grant_id")
    public UUID grantId;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(nullable = false)
    public String role;

    /** The X90 team whose membership the grant rests on. */
    public String team;
}
