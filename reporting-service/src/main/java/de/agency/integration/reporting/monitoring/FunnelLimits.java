package de.agency.integration.reporting.monitoring;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * The control limits of a funnel plot for a proportion (Spiegelhalter, "Funnel plots for comparing institutional
 * performance", Statistics in Medicine 2005): for a unit with {@code n} exits, the share of uses that chance alone
 * keeps within the given coverage around the overall share, from the exact binomial distribution. The discrete
 * quantile is interpolated between its neighbours (the paper's method), so that the limits form smooth curves that
 * narrow as {@code n} grows. A unit with fewer than the minimum number of exits gets no flag at all.
 */
public final class FunnelLimits {

    /** The limits, as shares (0-1), for one number of exits. */
    public record Limits(double innerLower, double innerUpper, double outerLower, double outerUpper) {
    }

    /** Where a unit's share lies against its limits (Auffälligkeit). */
    public enum Flag {
        /** Fewer exits than the minimum: not judged, however high the share. */
        TOO_FEW_EXITS,
        BELOW_OUTER_LIMIT,
        BELOW_INNER_LIMIT,
        WITHIN_LIMITS,
        ABOVE_INNER_LIMIT,
        /** Beyond what chance explains at the outer coverage: the regional directorate looks at it. */
        ABOVE_OUTER_LIMIT
    }

    private final double innerCoverage;
    private final double outerCoverage;
    private final long minExits;

    /**
     * @param innerCoverage the share of units chance keeps within the inner limits, e.g. 0.95
     * @param outerCoverage ... within the outer limits, e.g. 0.998
     * @param minExits      below this many exits a unit is not flagged
     */
    public FunnelLimits(double innerCoverage, double outerCoverage, long minExits) {
        if (!(0 < innerCoverage && innerCoverage < outerCoverage && outerCoverage < 1)) {
            throw new IllegalArgumentException("need 0 < inner coverage < outer coverage < 1, got " + innerCoverage
                    + " and " + outerCoverage);
        }
        this.innerCoverage = innerCoverage;
        this.outerCoverage = outerCoverage;
        this.minExits = minExits;
    }

    /** The limits for a unit of {@code exits} exits around the overall share {@code centre} (0-1). */
    public Limits limits(int exits, double centre) {
        if (exits < 1 || centre < 0 || centre > 1) {
            throw new IllegalArgumentException("need at least one exit and a share between 0 and 1");
        }
        return new Limits(limit(exits, centre, (1 - innerCoverage) / 2), limit(exits, centre, (1 + innerCoverage) / 2),
                limit(exits, centre, (1 - outerCoverage) / 2), limit(exits, centre, (1 + outerCoverage) / 2));
    }

    /** Where {@code uses} of {@code exits} lie against the limits for that number of exits. */
    public Flag flag(long uses, int exits, Limits limits) {
        if (exits < minExits) {
            return Flag.TOO_FEW_EXITS;
        }
        double share = (double) uses / exits;
        if (share > limits.outerUpper()) {
            return Flag.ABOVE_OUTER_LIMIT;
        }
        if (share > limits.innerUpper()) {
            return Flag.ABOVE_INNER_LIMIT;
        }
        if (share < limits.outerLower()) {
            return Flag.BELOW_OUTER_LIMIT;
        }
        return share < limits.innerLower() ? Flag.BELOW_INNER_LIMIT : Flag.WITHIN_LIMITS;
    }

    /**
     * The {@code probability} quantile of Binomial(n, centre), divided by n: the smallest count r whose cumulative
     * probability reaches it, less the fraction of r's own probability that overshoots it.
     */
    static double limit(int n, double centre, double probability) {
        if (centre == 0 || centre == 1) {
            return centre;
        }
        BinomialDistribution distribution = BinomialDistribution.of(n, centre);
        int r = distribution.inverseCumulativeProbability(probability);
        double atR = distribution.cumulativeProbability(r);
        double belowR = r == 0 ? 0 : distribution.cumulativeProbability(r - 1);
        double overshoot = (atR - probability) / (atR - belowR);
        return Math.max(0, r - overshoot) / n;
    }
}
