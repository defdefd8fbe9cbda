package de.agency.integration.privacy;

/**
 * The data protection officer (Datenschutzbeauftragte/r), a realm role of its own: reads the access log, restricts
 * and erases cases, answers subject access requests, and alone reads what is restricted (DESIGN.md 1.5, 1.6).
 */
public final class DataProtectionOfficer {

    public static final String ROLE = "DATA_PROTECTION_OFFICER";

    private DataProtectionOfficer() {
    }
}
