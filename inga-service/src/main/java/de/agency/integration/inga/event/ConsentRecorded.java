package de.agency.integration.inga.event;

import de.agency.integration.inga.domain.ConsentType;
import java.time.LocalDate;
import java.util.UUID;

/** Event data of {@code ConsentRecorded}; the scope text stays in inga-service. */
public record ConsentRecorded(int schemaVersion, UUID enrollmentId, UUID consentId, ConsentType consentType,
                              LocalDate givenOn) {

    public static final String TYPE = "ConsentRecorded";
}
