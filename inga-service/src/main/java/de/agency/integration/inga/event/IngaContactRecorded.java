package de.agency.integration.inga.event;

import de.agency.integration.inga.domain.ContactForm;
import java.time.LocalDate;
import java.util.UUID;

/** Event data of {@code IngaContactRecorded}. */
public record IngaContactRecorded(int schemaVersion, UUID enrollmentId, UUID contactId, String agency, String team,
                                  String ingaCounsellor, ContactForm form, LocalDate contactDate) {

    public static final String TYPE = "IngaContactRecorded";
}
