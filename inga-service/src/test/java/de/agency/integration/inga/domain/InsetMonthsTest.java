package de.agency.integration.inga.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InsetMonthsTest {

    @ParameterizedTest(name = "{0} -> {1}: {2} full months")
    @CsvSource(textBlock = """
            2025-08-31, 2026-02-27, 5
            2025-08-31, 2026-02-28, 6
            2023-08-31, 2024-02-28, 5
            2023-08-31, 2024-02-29, 6
            2025-01-31, 2025-02-28, 1
            2025-03-15, 2025-09-14, 5
            2025-03-15, 2025-09-15, 6
            2025-03-15, 2025-03-15, 0
            2024-02-29, 2026-02-28, 24
            2024-02-29, 2026-02-27, 23
            """)
    void fullMonthsAtMonthEnds(LocalDate from, LocalDate to, int months) {
        assertEquals(months, InsetMonths.full(from, to));
        assertEquals(months, InsetMonths.full(from, InsetMonths.fullOn(from, months)));
    }
}
