package de.agency.integration.cases.event;

import java.time.LocalDate;
import java.util.UUID;

/** Data of {@code DeputyAssigned} from topic {@code access-events}, as far as case-service reads it. */
public record DeputyAssigned(int schemaVersion, UUID deputyshipId, String counsellorId, String deputyId,
                             LocalDate validFrom, LocalDate validUntil) {

    public static final String TYPE = "DeputyAssigned";
}
