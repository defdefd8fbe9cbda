package de.agency.integration.privacy;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The condition a caller's need-to-know scope adds to a JPQL search, so that a page holds only what he or she may read
 * (DESIGN.md 1.5): a row is in scope when one of its fields holds one of the caller's values (the teams he or she
 * works in, the counsellors he or she acts for); a caller without any value finds nothing. Each list goes to the query
 * as a parameter of its own.
 */
public final class ScopeCondition {

    private final Parameters parameters;
    private final List<String> anyOf = new ArrayList<>();

    /** @param parameters the search's parameters, to which the scope's are added */
    public ScopeCondition(Parameters parameters) {
        this.parameters = parameters;
    }

    /** A row is in scope if {@code field} holds one of {@code values}; an empty list widens nothing. */
    public ScopeCondition anyOf(String field, List<String> values) {
        if (!values.isEmpty()) {
            String name = "scope" + anyOf.size();
            anyOf.add(field + " in :" + name);
            parameters.and(name, values);
        }
        return this;
    }

    /**
     * The condition, true for no row at all when no field was given a value.
     *
     * @param always what every row found must meet besides, e.g. {@code restrictedAt is null}
     */
    public String and(String always) {
        return anyOf.isEmpty() ? "1 = 0" : "(" + String.join(" or ", anyOf) + ") and " + always;
    }
}
