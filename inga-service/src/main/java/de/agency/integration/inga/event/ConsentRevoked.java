package de.agency.integration.inga.event;

import de.agency.integration.inga.domain.ConsentType;
import java.time.LocalDate;
import java.util.UUID;

/** Event data of {@code ConsentRevoked}. */
public record ConsentRevoked(int schemaVersion, UUID enrollmentId, UUID consentId, ConsentType consentType,
                             LocalDate revokedOn) {

    public static final String TYPE = "ConsentRevoked";
}
