package de.agency.integration.inga.service;

import de.agency.integration.inga.domain.Enrollment;
import java.math.BigDecimal;

/**
 * An enrollment as its answer shows it, read in the service's transaction: with its contact frequency and, right
 * after an enrollment, the caseload warning (null otherwise).
 */
public record EnrollmentDetails(Enrollment enrollment, BigDecimal contactFrequency, String caseloadWarning) {
}
