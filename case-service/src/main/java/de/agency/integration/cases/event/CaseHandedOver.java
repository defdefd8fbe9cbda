package de.agency.integration.cases.event;

import de.agency.integration.cases.domain.LegalDomain;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Event data of {@code CaseHandedOver} (Übergabemanagement): the documentation travels with the case. A handover to
 * SGB II of a customer enrolled in Inga ({@code ingaEnrolled}) is what ends the enrollment with
 * {@code CHANGE_TO_SGB_II} in inga-service. Since schema version 2 without the customer number.
 */
public record CaseHandedOver(int schemaVersion, UUID caseId, LegalDomain fromLegalDomain,
                             LegalDomain toLegalDomain, boolean documentationTransferred, boolean ingaEnrolled,
                             OffsetDateTime handedOverAt) {

    public static final String TYPE = "CaseHandedOver";
}
