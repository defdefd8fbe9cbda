package de.agency.integration.inga.rest;

import de.agency.integration.inga.domain.ExitReason;

public record ExitReasonView(String code, boolean valid, boolean requiresText, int minMonthsInInga, String explanation) {

    static ExitReasonView of(ExitReason reason) {
        return new ExitReasonView(reason.code, reason.valid, reason.requiresText, reason.minMonthsInInga,
                reason.explanation);
    }
}
