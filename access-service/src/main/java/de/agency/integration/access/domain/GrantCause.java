package de.agency.integration.access.domain;

/** Why a user holds a role, and why a grant ended. */
public enum GrantCause {
    /** Granted automatically from X90 team membership by the cut-off rules. */
    AUTO_FROM_X90,
    /** Granted by an approved role request. */
    APPROVED_REQUEST,
    /** Revoked: the membership the grant rested on ended. */
    MEMBERSHIP_ENDED
}
