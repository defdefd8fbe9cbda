package de.agency.integration.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AgencyClockTest {

    @Test
    void at2330UtcOnTheLastDayOfAWinterMonthTheAgencysDayIsTheFirstOfTheNext() {
        AgencyClock clock = at("2026-01-31T23:30:00Z");

        assertEquals(LocalDate.of(2026, 2, 1), clock.today());
        assertEquals(OffsetDateTime.of(2026, 1, 31, 23, 30, 0, 0, ZoneOffset.UTC), clock.now(), "instants stay UTC");
    }

    @Test
    void inSummerTheAgencysDayBeginsTwoHoursBeforeUtcs() {
        assertEquals(LocalDate.of(2026, 7, 1), at("2026-06-30T22:00:00Z").today());
        assertEquals(LocalDate.of(2026, 6, 30), at("2026-06-30T21:59:59Z").today());
    }

    @Test
    void theDayOfAnInstantIsTheAgencysDay() {
        assertEquals(LocalDate.of(2026, 11, 1), AgencyClock.dayOf(OffsetDateTime.parse("2026-10-31T23:30:00Z")));
    }

    private static AgencyClock at(String instant) {
        return new AgencyClock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }
}
