package de.agency.integration.access.domain;

/** The function a member holds in a team. */
public enum TeamFunction {
    COUNSELLOR,
    TEAM_LEAD
}
