package de.agency.integration.inga.event;

import java.time.LocalDate;
import java.util.UUID;

/** Event data of {@code IngaReferred}: a case's counsellor referred the case to an Inga team. */
public record IngaReferred(int schemaVersion, UUID referralId, UUID caseId, String agency, String fromTeam,
                           String toTeam, LocalDate referredOn) {

    public static final String TYPE = "IngaReferred";
}
