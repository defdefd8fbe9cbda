package de.agency.integration.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Bean Validation's "now" ({@code @PastOrPresent}, {@code @FutureOrPresent}) is the agency's: Quarkus' validator
 * factory takes a ClockProvider bean, so a date is in the past or future by the agency's day, not the JVM's zone.
 */
@ApplicationScoped
class AgencyClockProvider implements ClockProvider {

    private final Clock agencyZone;

    AgencyClockProvider(Clock clock) {
        this.agencyZone = new InZone(clock, AgencyClock.ZONE);
    }

    /** The validators keep the clock they are given, so it reads the time anew on every use. */
    @Override
    public Clock getClock() {
        return agencyZone;
    }

    private static final class InZone extends Clock {

        private final Clock clock;
        private final ZoneId zone;

        InZone(Clock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new InZone(clock, other);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    }
}
