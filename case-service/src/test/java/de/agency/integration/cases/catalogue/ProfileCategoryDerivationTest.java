package de.agency.integration.cases.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.cases.catalogue.ProfileCategoryDerivation.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The derivation with the default rules of the Flyway catalogue (V2__four_phase_model.sql). */
class ProfileCategoryDerivationTest {

    static final Set<String> COUNTED = Set.of("QUALIFICATION", "PERFORMANCE", "FRAMEWORK_CONDITIONS",
            "LABOUR_MARKET_CONDITIONS");
    static final List<Rule> DEFAULT_RULES = List.of(
            new Rule(10, "ACTIVATION", "MOTIVATION", 0, 0),
            new Rule(20, "MARKET", null, 0, 0),
            new Rule(30, "SUPPORT", null, 1, 1),
            new Rule(40, "STABILISATION", "PERFORMANCE", 2, null),
            new Rule(50, "ASSISTANCE", "FRAMEWORK_CONDITIONS", 2, null),
            new Rule(60, "DEVELOPMENT", null, 2, null));
    static final Set<String> COMPLEX = Set.of("DEVELOPMENT", "STABILISATION", "ASSISTANCE");

    final ProfileCategoryDerivation derivation = new ProfileCategoryDerivation(DEFAULT_RULES, COUNTED);

    @Test
    void noNeedIsMarketProfile() {
        assertEquals("MARKET", derivation.derive(Set.of()));
    }

    @Test
    void needInMotivationOnlyIsActivationProfile() {
        assertEquals("ACTIVATION", derivation.derive(Set.of("MOTIVATION")));
    }

    @Test
    void needInAtMostOneOtherDimensionIsSupportProfile() {
        assertEquals("SUPPORT", derivation.derive(Set.of("QUALIFICATION")));
        assertEquals("SUPPORT", derivation.derive(Set.of("MOTIVATION", "LABOUR_MARKET_CONDITIONS")));
    }

    @Test
    void needsInSeveralDimensionsIncludingPerformanceAreStabilisationProfile() {
        assertEquals("STABILISATION", derivation.derive(Set.of("PERFORMANCE", "QUALIFICATION")));
    }

    @Test
    void needsInSeveralDimensionsIncludingFrameworkConditionsAreAssistanceProfile() {
        assertEquals("ASSISTANCE", derivation.derive(Set.of("FRAMEWORK_CONDITIONS", "LABOUR_MARKET_CONDITIONS")));
    }

    @Test
    void otherNeedsInSeveralDimensionsAreDevelopmentProfile() {
        assertEquals("DEVELOPMENT", derivation.derive(Set.of("QUALIFICATION", "LABOUR_MARKET_CONDITIONS", "MOTIVATION")));
    }

    @Test
    void rulesApplyInRankOrderWhateverTheirListOrder() {
        List<Rule> reversedRules = new ArrayList<>(DEFAULT_RULES);
        Collections.reverse(reversedRules);
        ProfileCategoryDerivation reversed = new ProfileCategoryDerivation(reversedRules, COUNTED);
        assertEquals("ACTIVATION", reversed.derive(Set.of("MOTIVATION")));
        assertEquals("STABILISATION", reversed.derive(Set.of("PERFORMANCE", "FRAMEWORK_CONDITIONS")));
    }

    /**
     * All 32 sets of needs over the five key dimensions, each against the category DESIGN.md 1.1 names for it (an
     * exhaustive check, which no sample of sets can be): complex exactly with needs in two or more dimensions besides
     * motivation, and then by the dimension that weighs most.
     */
    @Test
    void everySetOfNeedsGetsTheCategoryOfTheDesign() {
        List<String> dimensions = List.of("QUALIFICATION", "PERFORMANCE", "MOTIVATION", "FRAMEWORK_CONDITIONS",
                "LABOUR_MARKET_CONDITIONS");
        for (int subset = 0; subset < 1 << dimensions.size(); subset++) {
            Set<String> needs = new HashSet<>();
            for (int i = 0; i < dimensions.size(); i++) {
                if ((subset & 1 << i) != 0) {
                    needs.add(dimensions.get(i));
                }
            }
            String category = derivation.derive(needs);
            assertEquals(expected(needs), category, "needs " + needs);
            long counted = needs.stream().filter(COUNTED::contains).count();
            assertEquals(counted >= 2, COMPLEX.contains(category), "complex for needs " + needs);
        }
    }

    /** DESIGN.md 1.1, written out once more, independently of the rule table. */
    private static String expected(Set<String> needs) {
        long counted = needs.stream().filter(COUNTED::contains).count();
        if (counted == 0) {
            return needs.isEmpty() ? "MARKET" : "ACTIVATION";
        }
        if (counted == 1) {
            return "SUPPORT";
        }
        if (needs.contains("PERFORMANCE")) {
            return "STABILISATION";
        }
        return needs.contains("FRAMEWORK_CONDITIONS") ? "ASSISTANCE" : "DEVELOPMENT";
    }
}
