package de.agency.integration.access.event;

import java.time.LocalDate;
import java.util.UUID;

/** Event data of {@code DeputyAssigned}: a deputy (Vertretung) of a counsellor for a period, both days included. */
public record DeputyAssigned(int schemaVersion, UUID deputyshipId, String counsellorId, String deputyId,
                             LocalDate validFrom, LocalDate validUntil) {

    public static final String TYPE = "DeputyAssigned";
}
