package de.agency.integration.inga.event;

import java.time.LocalDate;
import java.util.UUID;

/** Event data of {@code IngaReferralDeclined}: the Inga team declined a referral; the reason code only, no note. */
public record IngaReferralDeclined(int schemaVersion, UUID referralId, UUID caseId, String agency, String team,
                                   String reason, LocalDate declinedOn) {

    public static final String TYPE = "IngaReferralDeclined";
}
