package de.agency.integration.access.domain;

/** Type of an X90 team: an own Inga team, a mixed team (Mischteam), or another team. */
public enum TeamType {
    INGA,
    MIXED,
    OTHER
}
