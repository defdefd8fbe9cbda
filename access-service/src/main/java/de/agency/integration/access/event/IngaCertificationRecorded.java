package de.agency.integration.access.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Event data of {@code IngaCertificationRecorded}: a user was certified for Inga (Zertifizierung) in a group. */
public record IngaCertificationRecorded(int schemaVersion, UUID certificationId, String userId,
                                        String certificationGroup, LocalDate certifiedOn, String recordedBy,
                                        OffsetDateTime recordedAt) {

    public static final String TYPE = "IngaCertificationRecorded";
}
