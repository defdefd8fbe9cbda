package de.agency.integration.cases.domain;

/** Rechtskreis: the legal domain a case is worked in. */
public enum LegalDomain {
    /** Jobcentre (Grundsicherung für Arbeitsuchende). */
    SGB_II,
    /** Employment agency (Arbeitsförderung). */
    SGB_III
}
