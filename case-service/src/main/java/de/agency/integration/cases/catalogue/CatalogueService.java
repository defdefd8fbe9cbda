package de.agency.integration.cases.catalogue;

import de.agency.integration.errors.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the 4PM reference data and checks codes in requests against it (422 naming the field and the choices). */
@ApplicationScoped
public class CatalogueService {

    public List<KeyDimension> keyDimensions() {
        return KeyDimension.all();
    }

    public List<ProfileCategory> profileCategories() {
        return ProfileCategory.all();
    }

    /** The derivation's rules, first match by rank wins. */
    public List<ProfileCategoryRule> profileCategoryRules() {
        return ProfileCategoryRule.byRank();
    }

    public List<ActionStrategy> actionStrategies() {
        return ActionStrategy.all();
    }

    public List<NoteType> noteTypes() {
        return NoteType.all();
    }

    public ProfileCategoryDerivation derivation() {
        List<ProfileCategoryDerivation.Rule> rules = ProfileCategoryRule.byRank().stream()
                .map(r -> new ProfileCategoryDerivation.Rule(r.rank, r.category, r.requiredDimension, r.minCounted,
                        r.maxCounted))
                .toList();
        return new ProfileCategoryDerivation(rules, KeyDimension.all().stream()
                .filter(dimension -> dimension.countsForComplexity)
                .map(dimension -> dimension.code)
                .collect(Collectors.toSet()));
    }

    public void requireKeyDimension(String field, String code) {
        if (KeyDimension.findById(code) == null) {
            throw unknown("KEY_DIMENSION_CATALOGUE", field, "key dimension", code,
                    KeyDimension.all().stream().map(d -> d.code).toList());
        }
    }

    public ActionStrategy requireStrategy(String field, String code) {
        ActionStrategy strategy = ActionStrategy.findById(code);
        if (strategy == null) {
            throw unknown("ACTION_STRATEGY_CATALOGUE", field, "action strategy", code,
                    ActionStrategy.all().stream().map(s -> s.code).toList());
        }
        return strategy;
    }

    public void requireNoteType(String field, String code) {
        if (NoteType.findById(code) == null) {
            throw unknown("NOTE_TYPE_CATALOGUE", field, "note type", code, NoteType.all().stream().map(t -> t.code).toList());
        }
    }

    private static RuleViolationException unknown(String rule, String field, String what, String code,
                                                  List<String> known) {
        return new RuleViolationException(rule, field, "'" + code + "' is no " + what + " of the catalogue; known: " + known);
    }
}
