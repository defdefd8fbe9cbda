package de.agency.integration.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Working days to the first meeting: without weekends, nationwide holidays and those of the agency's state. */
class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays();

    @Test
    void aWeekendIsNoWorkingDay() {
        // Friday 13 November 2026 to Monday 16 November 2026
        assertEquals(1, workingDays.between(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 16), "nw"));
        assertEquals(0, workingDays.between(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 13), "nw"));
        assertEquals(10, workingDays.between(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16), "nw"));
    }

    @Test
    void easterTakesGoodFridayAndEasterMonday() {
        // Good Friday 3 April 2026, Easter Monday 6 April 2026: Thursday 2 April to Tuesday 7 April is one day
        assertEquals(1, workingDays.between(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 7), "be"));
        assertFalse(workingDays.isWorkingDay(LocalDate.of(2026, 4, 3), null));
        assertFalse(workingDays.isWorkingDay(LocalDate.of(2026, 4, 6), null));
    }

    @Test
    void germanUnityDayIsAHolidayEverywhere() {
        // Friday 3 October 2025: Thursday 2 October to Monday 6 October is one day in every state
        for (String state : new String[] {"by", "nw", "be", "sn", "hh"}) {
            assertEquals(1, workingDays.between(LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 6), state), state);
        }
    }

    @Test
    void aStateOnlyHolidayCountsOnlyInItsState() {
        // Epiphany, Tuesday 6 January 2026: a holiday in Bavaria, not in North Rhine-Westphalia
        assertFalse(workingDays.isWorkingDay(LocalDate.of(2026, 1, 6), "by"));
        assertTrue(workingDays.isWorkingDay(LocalDate.of(2026, 1, 6), "nw"));
        assertEquals(2, workingDays.between(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 8), "by"));
        assertEquals(3, workingDays.between(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 8), "nw"));
        // Reformation Day, Friday 31 October 2025: in Saxony, not in Bavaria
        assertFalse(workingDays.isWorkingDay(LocalDate.of(2025, 10, 31), "sn"));
        assertTrue(workingDays.isWorkingDay(LocalDate.of(2025, 10, 31), "by"));
    }

    @Test
    void theFirstMeetingIsDue14WorkingDaysAfterTheAcceptanceLeavingOutTheStatesHolidays() {
        // accepted Thursday 22 October 2026: 14 working days end on Wednesday 11 November in Berlin; in Bavaria
        // All Saints' Day (Sunday 1 November) changes nothing, Reformation Day (Saturday 31 October) neither
        assertEquals(LocalDate.of(2026, 11, 11), workingDays.after(LocalDate.of(2026, 10, 22), 14, "be"));
        // accepted Thursday 26 March 2026: Good Friday and Easter Monday push the 14th working day two days later
        assertEquals(LocalDate.of(2026, 4, 17), workingDays.after(LocalDate.of(2026, 3, 26), 14, null));
        assertEquals(14, workingDays.between(LocalDate.of(2026, 3, 26), LocalDate.of(2026, 4, 17), null));
        assertEquals(LocalDate.of(2026, 11, 13), workingDays.after(LocalDate.of(2026, 11, 13), 0, "nw"));
    }
}
