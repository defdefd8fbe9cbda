package de.agency.integration.inga.domain;

public enum EnrollmentStatus {
    OPEN,
    ENDED
}
