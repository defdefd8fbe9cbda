package de.agency.integration.access.domain;

/** Where a role request (Rollenantrag) stands. */
public enum RequestStatus {
    REQUESTED,
    APPROVED,
    REJECTED
}
