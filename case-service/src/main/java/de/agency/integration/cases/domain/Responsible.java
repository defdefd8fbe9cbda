package de.agency.integration.cases.domain;

/** Who is responsible for an implementation step. */
public enum Responsible {
    CUSTOMER,
    COUNSELLOR,
    THIRD_PARTY
}
