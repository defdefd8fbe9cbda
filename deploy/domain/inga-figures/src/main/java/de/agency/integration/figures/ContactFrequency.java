package de.agency.integration.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The contact frequency of Inga (DESIGN.md 1.2): contacts of every form per month, over the time from the
 * enrollment to its exit or today. A month is the average Gregorian month (365.2425 / 12 days); the first month
 * counts whole, so a young enrollment is not inflated. Over several enrollments (a counsellor, a team) it is all their
 * contacts over all their months. The one definition inga-service answers with and reporting-service reports.
 *
 * @param contacts the contacts counted
 * @param months   the months they were counted over, at least one per enrollment
 */
public record ContactFrequency(long contacts, double months) {

    static final double DAYS_PER_MONTH = 365.2425 / 12;

    /** One enrollment's contacts from the day it began to {@code until} (its exit day, or today while open). */
    public static ContactFrequency of(long contacts, LocalDate enrolledOn, LocalDate until) {
        return new ContactFrequency(contacts, Math.max(1.0, ChronoUnit.DAYS.between(enrolledOn, until) / DAYS_PER_MONTH));
    }

    /** Several enrollments together: their contacts over their months. */
    public ContactFrequency plus(ContactFrequency other) {
        return new ContactFrequency(contacts + other.contacts, months + other.months);
    }

    /** Contacts per month, two decimals. */
    public BigDecimal perMonth() {
        return BigDecimal.valueOf(contacts / months).setScale(2, RoundingMode.HALF_UP);
    }

    /** The months, two decimals. */
    public BigDecimal roundedMonths() {
        return BigDecimal.valueOf(months).setScale(2, RoundingMode.HALF_UP);
    }
}
