package de.agency.integration.cases.domain;

/** Why a case was closed. */
public enum CloseReason {
    INTEGRATED,
    DEREGISTERED,
    MOVED_OR_OTHER_AGENCY,
    OTHER
}
