package de.agency.integration.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContactFrequencyTest {

    @Test
    void contactsPerAverageMonth() {
        // 6 contacts over 60 days: 60 / 30.436875 = 1.97 months
        ContactFrequency frequency = ContactFrequency.of(6, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 2));

        assertEquals(new BigDecimal("3.04"), frequency.perMonth());
        assertEquals(new BigDecimal("1.97"), frequency.roundedMonths());
    }

    @Test
    void theFirstMonthCountsWhole() {
        assertEquals(new BigDecimal("2.00"), ContactFrequency.of(2, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10))
                .perMonth());
        assertEquals(new BigDecimal("0.00"), ContactFrequency.of(0, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1))
                .perMonth());
    }

    @Test
    void severalEnrollmentsAreTheirContactsOverTheirMonths() {
        ContactFrequency young = ContactFrequency.of(2, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10));
        ContactFrequency older = ContactFrequency.of(6, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 2));

        // 8 contacts over 1 + 1.97 months
        assertEquals(new BigDecimal("2.69"), young.plus(older).perMonth());
    }
}
