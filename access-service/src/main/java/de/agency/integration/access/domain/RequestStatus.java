package de.agency.integration.access.domain;

/**
 * Where a request for a decision stands: a role request (Rollenantrag), a reflection-day proposal or a supervision
 * request.
 */
public enum RequestStatus {
    REQUESTED,
    APPROVED,
    REJECTED
}
