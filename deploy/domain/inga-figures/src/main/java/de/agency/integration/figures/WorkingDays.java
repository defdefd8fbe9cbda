package de.agency.integration.figures;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days (Arbeitstage) in Germany: Monday to Friday without the nationwide public holidays and those of the
 * agency's federal state, from the maintained holiday calendar of jollyday.
 */
@ApplicationScoped
public class WorkingDays {

    private final HolidayManager germany = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));

    /**
     * The working days after {@code from} up to and including {@code to}: 0 for the same day, 1 from a Friday to the
     * next Monday.
     *
     * @param federalState the subdivision code of the state ({@code by}, {@code nw}, ...), or null for the nationwide
     *                     holidays only
     */
    public int between(LocalDate from, LocalDate to, String federalState) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day, federalState)) {
                days++;
            }
        }
        return days;
    }

    /**
     * The day {@code workingDays} working days after {@code from}: {@link #between} of the two is that number, and
     * the day is a working day (for 0, {@code from} itself).
     */
    public LocalDate after(LocalDate from, int workingDays, String federalState) {
        LocalDate day = from;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day, federalState)) {
                counted++;
            }
        }
        return day;
    }

    public boolean isWorkingDay(LocalDate day, String federalState) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        return federalState == null ? !germany.isHoliday(day, HolidayType.PUBLIC_HOLIDAY)
                : !germany.isHoliday(day, HolidayType.PUBLIC_HOLIDAY, federalState);
    }
}
