package de.agency.integration.testing;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock behind the service's {@code AgencyClock} in tests (it replaces the system clock, a default bean): real
 * time until a test sets an instant or a day, so that months pass in no time and midnight can be met on purpose.
 */
@Singleton
public class MovableClock extends Clock {

    private volatile Instant now;

    /** Mid-morning of that day in UTC, the same day in the agency's time zone. */
    public void setDay(LocalDate day) {
        setInstant(day.atTime(10, 0).toInstant(ZoneOffset.UTC));
    }

    public void setInstant(Instant instant) {
        now = instant;
    }

    /** Back to real time. */
    public void reset() {
        now = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant fixed = now;
        return fixed == null ? Instant.now() : fixed;
    }
}
