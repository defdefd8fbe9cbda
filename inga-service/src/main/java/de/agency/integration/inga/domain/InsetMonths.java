package de.agency.integration.inga.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Month arithmetic of an Inga enrollment. A month is full on the same day of a later month, or on that month's last
 * day where it is shorter: enrolled on 31 August, six months are full on 28 (29) February.
 */
public final class InsetMonths {

    private InsetMonths() {
    }

    /** The number of months full between the two days. */
    public static int full(LocalDate from, LocalDate to) {
        int months = (int) Math.max(0, ChronoUnit.MONTHS.between(from, to) - 1);
        while (!from.plusMonths(months + 1L).isAfter(to)) {
            months++;
        }
        return months;
    }

    /** The first day on which the given number of months is full. */
    public static LocalDate fullOn(LocalDate from, int months) {
        return from.plusMonths(months);
    }
}
