package de.agency.integration.clock;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The agency's clock, the one source of "now" in every service. Business dates (Geschäftstage: enrolled on, exit
 * date, "today", month arithmetic, working days) are days in the agency's time zone {@value #ZONE_ID}; instants
 * (timestamps) are UTC. Between midnight and 01:00 (02:00 in summer) German time, UTC's day is still yesterday:
 * only {@link #today()} knows the agency's day.
 */
@ApplicationScoped
public class AgencyClock {

    public static final String ZONE_ID = "Europe/Berlin";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private final Clock clock;

    AgencyClock(Clock clock) {
        this.clock = clock;
    }

    /** The agency's business day now. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The agency's business day of an instant, e.g. the day of a handover recorded at that instant. */
    public static LocalDate dayOf(OffsetDateTime instant) {
        return instant.atZoneSameInstant(ZONE).toLocalDate();
    }

    /** Now, as a timestamp in UTC. */
    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    public Instant instant() {
        return clock.instant();
    }
}
