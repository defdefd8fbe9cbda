package de.agency.integration.reporting.service;

import de.agency.integration.reporting.monitoring.FunnelLimits;
import de.agency.integration.reporting.monitoring.FunnelLimits.Flag;
import de.agency.integration.reporting.monitoring.FunnelLimits.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The mis-steering monitor (DESIGN.md 1.4): each agency's, or regional directorate's, share of
 * COUNSELLING_NOT_PURPOSEFUL among its exits in the period against the control limits of a funnel plot around the
 * overall share ({@link FunnelLimits}). The overall share is the one figure over all agencies of the period
 * ({@link ReportPolicy#forOverallFigure}); the rows are those the caller may see, as in the monitoring report.
 */
@ApplicationScoped
public class MisSteeringMonitor {

    /** What a regional directorate's key is for agencies no configured directorate names. */
    public static final String UNASSIGNED = "UNASSIGNED";

    @Schema(name = "MisSteeringGrouping")
    public enum Grouping { AGENCY, REGIONAL_DIRECTORATE }

    /** One agency or regional directorate: its share, the limits for its number of exits (percent) and the flag. */
    public record MisSteeringRow(Grouping groupedBy, String key, @Schema(nullable = true) String regionalDirectorate,
                                 long exits,
                                 long notPurposeful, @Schema(nullable = true) BigDecimal sharePercent,
                                 BigDecimal overallSharePercent,
                                 @Schema(nullable = true) BigDecimal innerLowerPercent,
                                 @Schema(nullable = true) BigDecimal innerUpperPercent,
                                 @Schema(nullable = true) BigDecimal outerLowerPercent,
                                 @Schema(nullable = true) BigDecimal outerUpperPercent, Flag flag) {
    }

    /** The funnel's curves at one number of exits (percent), for a plot. */
    public record LimitsRow(long exits, BigDecimal overallSharePercent, BigDecimal innerLowerPercent,
                            BigDecimal innerUpperPercent, BigDecimal outerLowerPercent,
                            BigDecimal outerUpperPercent) {
    }

    /** Exits and uses of one unit. */
    private record Counts(long exits, long uses) {

        Counts plus(Counts other) {
            return new Counts(exits + other.exits, uses + other.uses);
        }
    }

    private static final int SMALLEST_PLOTTED_LARGEST_UNIT = 100;
    private static final double CURVE_STEP = 1.1;

    private final ReportQueries queries;
    private final ReportPolicy policy;
    private final FunnelLimits funnel;
    private final Map<String, String> directorateOfAgency = new HashMap<>();

    MisSteeringMonitor(ReportQueries queries, ReportPolicy policy, MisSteeringConfig config) {
        this.queries = queries;
        this.policy = policy;
        this.funnel = new FunnelLimits(config.innerCoverage(), config.outerCoverage(), config.minExits());
        config.regionalDirectorates().forEach((directorate, agencies) ->
                agencies.forEach(agency -> directorateOfAgency.put(agency, directorate)));
    }

    /** The units the caller may see, sorted by key. */
    public List<MisSteeringRow> rows(ReportFilter requested, Grouping grouping) {
        double centre = overallShare(requested);
        Map<String, Counts> units = new TreeMap<>();
        countsByAgency(policy.forAggregates(requested)).forEach((agency, counts) -> units.merge(
                grouping == Grouping.AGENCY ? agency : directorateOf(agency), counts, Counts::plus));
        List<MisSteeringRow> rows = new ArrayList<>();
        units.forEach((key, counts) -> {
            Limits limits = funnel.limits(Math.toIntExact(counts.exits()), centre);
            rows.add(new MisSteeringRow(grouping, key, grouping == Grouping.AGENCY ? directorateOf(key) : key,
                    counts.exits(), counts.uses(), percent((double) counts.uses() / counts.exits()), percent(centre),
                    percent(limits.innerLower()), percent(limits.innerUpper()), percent(limits.outerLower()),
                    percent(limits.outerUpper()), funnel.flag(counts.uses(), Math.toIntExact(counts.exits()), limits)));
        });
        return rows;
    }

    /**
     * The curves from 1 exit up to {@code upTo} exits (when null, the largest visible agency's exits, at least
     * {@value #SMALLEST_PLOTTED_LARGEST_UNIT}): one exit apart at first, then a tenth apart.
     */
    public List<LimitsRow> limits(ReportFilter requested, Integer upTo) {
        double centre = overallShare(requested);
        long largest = upTo != null ? upTo : Math.max(SMALLEST_PLOTTED_LARGEST_UNIT,
                countsByAgency(policy.forAggregates(requested)).values().stream().mapToLong(Counts::exits).max().orElse(0));
        List<LimitsRow> rows = new ArrayList<>();
        for (long exits = 1; exits <= largest; exits = Math.max(exits + 1, Math.round(exits * CURVE_STEP))) {
            rows.add(limitsRow(exits, centre));
        }
        if (rows.get(rows.size() - 1).exits() != largest) {
            rows.add(limitsRow(largest, centre));
        }
        return rows;
    }

    /** The agencies of the period whose share lies above the outer limit. */
    public Set<String> agenciesAboveOuterLimit(ReportFilter requested) {
        return rows(requested, Grouping.AGENCY).stream().filter(row -> row.flag() == Flag.ABOVE_OUTER_LIMIT)
                .map(MisSteeringRow::key).collect(Collectors.toSet());
    }

    private LimitsRow limitsRow(long exits, double centre) {
        Limits limits = funnel.limits(Math.toIntExact(exits), centre);
        return new LimitsRow(exits, percent(centre), percent(limits.innerLower()), percent(limits.innerUpper()),
                percent(limits.outerLower()), percent(limits.outerUpper()));
    }

    /** The share of the reason among all agencies' exits of the period; 0 without exits. */
    private double overallShare(ReportFilter requested) {
        Counts all = countsByAgency(policy.forOverallFigure(requested)).values().stream()
                .reduce(new Counts(0, 0), Counts::plus);
        return all.exits() == 0 ? 0 : (double) all.uses() / all.exits();
    }

    private Map<String, Counts> countsByAgency(ReportFilter filter) {
        return queries.rows(filter, true, """
                        select agency, count(*), count(*) filter (where exit_reason = :reason) from enrollment_fact
                        where exit_date is not null and %s group by agency"""
                        .formatted(filter.where("agency", "team", "exit_date")),
                Map.of("reason", ReportService.NOT_PURPOSEFUL),
                r -> Map.entry((String) r[0], new Counts(ReportService.count(r[1]), ReportService.count(r[2]))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private String directorateOf(String agency) {
        return directorateOfAgency.getOrDefault(agency, UNASSIGNED);
    }

    private static BigDecimal percent(double share) {
        return BigDecimal.valueOf(100 * share).setScale(2, RoundingMode.HALF_UP);
    }
}
