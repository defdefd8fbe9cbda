package de.agency.integration.inga.rest;

import de.agency.integration.inga.domain.ExitReason;

/** An exit reason with its conditions. */
public record ExitReasonView(String code, boolean valid, boolean requiresText, int minMonthsInInga,
                             boolean requiresPortfolioExhausted, boolean appliedByService, String explanation) {

    static ExitReasonView of(ExitReason reason) {
        return new ExitReasonView(reason.code, reason.valid, reason.requiresText, reason.minMonthsInInga,
                reason.requiresPortfolioExhausted, reason.appliedByService, reason.explanation);
    }
}
