package de.agency.integration.cases.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Derives the profile category (Profillage) from the key dimensions of a case's needs for action, by the first
 * matching rule in rank order. Rules and dimensions are catalogue data ({@link ProfileCategoryRule},
 * {@link KeyDimension}), so that agency experts can correct them without a code change.
 */
public final class ProfileCategoryDerivation {

    /** @param requiredDimension null if the rule requires none; @param maxCounted null if unbounded */
    public record Rule(int rank, String category, String requiredDimension, int minCounted, Integer maxCounted) {

        boolean matches(Set<String> needDimensions, long counted) {
            return (requiredDimension == null || needDimensions.contains(requiredDimension))
                    && counted >= minCounted
                    && (maxCounted == null || counted <= maxCounted);
        }
    }

    private final List<Rule> rules;
    private final Set<String> complexityDimensions;

    /** @param complexityDimensions the key dimensions whose needs count for complexity */
    public ProfileCategoryDerivation(List<Rule> rules, Set<String> complexityDimensions) {
        this.rules = rules.stream().sorted(Comparator.comparingInt(Rule::rank)).toList();
        this.complexityDimensions = Set.copyOf(complexityDimensions);
    }

    public String derive(Set<String> needDimensions) {
        long counted = needDimensions.stream().filter(complexityDimensions::contains).count();
        return rules.stream()
                .filter(rule -> rule.matches(needDimensions, counted))
                .findFirst()
                .map(Rule::category)
                .orElseThrow(() -> new IllegalStateException(
                        "The profile-category rules cover no case with need dimensions " + needDimensions));
    }
}
