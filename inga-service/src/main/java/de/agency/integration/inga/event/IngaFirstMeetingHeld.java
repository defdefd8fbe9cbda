package de.agency.integration.inga.event;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Event data of {@code IngaFirstMeetingHeld}: the first meeting (Erstgespräch) of an enrollment, with the working days
 * since the acceptance; {@code correction} when it corrects the day recorded before.
 */
public record IngaFirstMeetingHeld(int schemaVersion, UUID enrollmentId, UUID caseId, String agency, String team,
                                   String ingaCounsellor, LocalDate acceptedOn, LocalDate heldOn,
                                   int workingDaysSinceAcceptance, boolean correction) {

    public static final String TYPE = "IngaFirstMeetingHeld";
}
