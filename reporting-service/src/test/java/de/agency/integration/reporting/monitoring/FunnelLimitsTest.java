package de.agency.integration.reporting.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.agency.integration.reporting.monitoring.FunnelLimits.Flag;
import de.agency.integration.reporting.monitoring.FunnelLimits.Limits;
import org.junit.jupiter.api.Test;

/** The funnel plot's limits, worked by hand for Binomial(10, 0.5), whose cumulative probabilities are k/1024. */
class FunnelLimitsTest {

    private final FunnelLimits funnel = new FunnelLimits(0.95, 0.998, 10);

    @Test
    void theInnerUpperLimitIsTheInterpolatedBinomialQuantile() {
        // P(X <= 7) = 968/1024, P(X <= 8) = 1013/1024: the 97.5 % quantile is 8, overshooting by
        // (1013/1024 - 0.975) / (45/1024) = 14.6/45 of its own probability: (8 - 14.6/45) / 10
        assertEquals((8 - 14.6 / 45) / 10, FunnelLimits.limit(10, 0.5, 0.975), 1e-12);
        // P(X <= 1) = 11/1024 < 0.025 <= P(X <= 2) = 56/1024: (2 - (56/1024 - 0.025) / (45/1024)) / 10
        assertEquals((2 - (56 - 25.6) / 45) / 10, FunnelLimits.limit(10, 0.5, 0.025), 1e-12);
        // P(X <= 8) = 1013/1024 < 0.999 <= P(X <= 9) = 1023/1024: (9 - (1023 - 1022.976) / 10) / 10
        assertEquals((9 - 0.024 / 10) / 10, FunnelLimits.limit(10, 0.5, 0.999), 1e-12);
    }

    @Test
    void anAgencyJustInsideTheOuterLimitIsAboveTheInnerOnly_oneJustOutsideIsAboveTheOuter() {
        Limits limits = funnel.limits(10, 0.5);
        assertEquals(0.89976, limits.outerUpper(), 1e-12);

        assertEquals(Flag.WITHIN_LIMITS, funnel.flag(7, 10, limits));
        assertEquals(Flag.ABOVE_INNER_LIMIT, funnel.flag(8, 10, limits));
        assertEquals(Flag.ABOVE_OUTER_LIMIT, funnel.flag(9, 10, limits), "0.9 lies 0.00024 above the outer limit");
        assertEquals(Flag.BELOW_INNER_LIMIT, funnel.flag(1, 10, limits));
        assertEquals(Flag.BELOW_OUTER_LIMIT, funnel.flag(0, 10, limits));
    }

    @Test
    void theLimitsNarrowAsTheExitsGrowTowardsTheNormalApproximation() {
        Limits small = funnel.limits(20, 0.2);
        Limits large = funnel.limits(10_000, 0.2);

        double standardError = Math.sqrt(0.2 * 0.8 / 10_000);
        assertEquals(0.2 + 1.959964 * standardError, large.innerUpper(), 0.0002);
        assertEquals(0.2 - 3.090232 * standardError, large.outerLower(), 0.0002);
        assertEquals(true, small.innerUpper() - small.innerLower() > 5 * (large.innerUpper() - large.innerLower()));
    }

    @Test
    void aSmallAgencyIsNotFlaggedHoweverHighItsShare() {
        Limits limits = funnel.limits(9, 0.1);

        assertEquals(Flag.TOO_FEW_EXITS, funnel.flag(9, 9, limits));
        assertEquals(Flag.ABOVE_OUTER_LIMIT, new FunnelLimits(0.95, 0.998, 9).flag(9, 9, limits));
    }

    @Test
    void withoutAnyUseEveryLimitIsNoneAndNoAgencyIsFlagged() {
        Limits limits = funnel.limits(50, 0);

        assertEquals(new Limits(0, 0, 0, 0), limits);
        assertEquals(Flag.WITHIN_LIMITS, funnel.flag(0, 50, limits));
    }

    @Test
    void theInnerCoverageMustLieInsideTheOuter() {
        assertThrows(IllegalArgumentException.class, () -> new FunnelLimits(0.998, 0.95, 10));
        assertThrows(IllegalArgumentException.class, () -> new FunnelLimits(0.95, 1, 10));
    }
}
