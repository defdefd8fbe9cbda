package de.agency.integration.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.panache.common.Parameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScopeConditionTest {

    @Test
    void aRowIsInScopeWhenAnyFieldHoldsOneOfTheCallersValues() {
        Parameters parameters = new Parameters().and("agency", "101");
        String condition = new ScopeCondition(parameters).anyOf("team", List.of("X90-1", "X90-2"))
                .anyOf("ingaTeam", List.of()).anyOf("ingaCounsellor", List.of("c1")).and("restrictedAt is null");

        assertEquals("(team in :scope0 or ingaCounsellor in :scope1) and restrictedAt is null", condition);
        assertEquals(Map.of("agency", "101", "scope0", List.of("X90-1", "X90-2"), "scope1", List.of("c1")),
                parameters.map());
    }

    @Test
    void aCallerWithoutAnyValueFindsNothing() {
        Parameters parameters = new Parameters();
        String condition = new ScopeCondition(parameters).anyOf("team", List.of()).and("restrictedAt is null");

        assertEquals("1 = 0", condition);
        assertEquals(Map.of(), parameters.map());
    }
}
