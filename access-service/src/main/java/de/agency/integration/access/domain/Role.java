package de.agency.integration.access.domain;

/** The Inga roles this service grants from X90 team membership. */
public enum Role {
    /** Integrationsberater/in SGB III. */
    INTEGRATION_COUNSELLOR_SGB3,
    /** Zusatzberechtigung Inga. */
    INGA_ADDITIONAL_PERMISSION
}
