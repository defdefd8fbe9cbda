package de.agency.integration.access.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.access.domain.Role;
import de.agency.integration.access.domain.TeamFunction;
import de.agency.integration.access.domain.TeamType;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The X90 grant rules of DESIGN.md 1.3, with the directive's cut-off dates: the day before, on and after each cut-off,
 * for Inga, mixed and other teams, counsellors and leads.
 */
class GrantPolicyTest {

    final GrantPolicy policy = policy(LocalDate.of(2019, 6, 15), LocalDate.of(2019, 7, 20));

    @ParameterizedTest(name = "{1} of a {0} team from {2}: automatic {3}, by request {4}")
    @CsvSource(nullValues = "-", textBlock = """
            # team, function,   start,      automatic,                   by request
            INGA,  COUNSELLOR, 2019-06-14, INTEGRATION_COUNSELLOR_SGB3, -
            INGA,  COUNSELLOR, 2019-06-15, INTEGRATION_COUNSELLOR_SGB3, -
            INGA,  COUNSELLOR, 2019-06-16, -,                           INTEGRATION_COUNSELLOR_SGB3
            MIXED, COUNSELLOR, 2019-06-14, -,                           INTEGRATION_COUNSELLOR_SGB3
            MIXED, COUNSELLOR, 2019-06-15, -,                           INTEGRATION_COUNSELLOR_SGB3
            MIXED, COUNSELLOR, 2019-06-16, -,                           INTEGRATION_COUNSELLOR_SGB3
            OTHER, COUNSELLOR, 2019-06-14, -,                           -
            OTHER, COUNSELLOR, 2019-06-15, -,                           -
            OTHER, COUNSELLOR, 2019-06-16, -,                           -
            INGA,  TEAM_LEAD,  2019-07-19, INGA_ADDITIONAL_PERMISSION,  -
            INGA,  TEAM_LEAD,  2019-07-20, INGA_ADDITIONAL_PERMISSION,  -
            INGA,  TEAM_LEAD,  2019-07-21, -,                           INGA_ADDITIONAL_PERMISSION
            MIXED, TEAM_LEAD,  2019-07-19, -,                           INGA_ADDITIONAL_PERMISSION
            MIXED, TEAM_LEAD,  2019-07-20, -,                           INGA_ADDITIONAL_PERMISSION
            MIXED, TEAM_LEAD,  2019-07-21, -,                           INGA_ADDITIONAL_PERMISSION
            OTHER, TEAM_LEAD,  2019-07-19, -,                           -
            OTHER, TEAM_LEAD,  2019-07-20, -,                           -
            OTHER, TEAM_LEAD,  2019-07-21, -,                           -
            INGA,  TEAM_LEAD,  2019-06-16, INGA_ADDITIONAL_PERMISSION,  -
            INGA,  COUNSELLOR, 2019-07-19, -,                           INTEGRATION_COUNSELLOR_SGB3
            """)
    void grantRules(TeamType type, TeamFunction function, LocalDate start, Role automatic, Role byRequest) {
        assertEquals(new GrantPolicy.Decision(Optional.ofNullable(automatic), Optional.ofNullable(byRequest)),
                policy.decide(type, function, start));
    }

    @Test
    void cutOffsComeFromConfiguration() {
        GrantPolicy later = policy(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1));
        assertEquals(Optional.of(Role.INTEGRATION_COUNSELLOR_SGB3),
                later.decide(TeamType.INGA, TeamFunction.COUNSELLOR, LocalDate.of(2019, 12, 31)).automatic());
        assertEquals(Optional.of(Role.INGA_ADDITIONAL_PERMISSION),
                later.decide(TeamType.INGA, TeamFunction.TEAM_LEAD, LocalDate.of(2020, 1, 1)).automatic());
    }

    private static GrantPolicy policy(LocalDate counsellorCutOff, LocalDate teamLeadCutOff) {
        return new GrantPolicy(new GrantConfig() {
            @Override
            public LocalDate counsellorCutOff() {
                return counsellorCutOff;
            }

            @Override
            public LocalDate teamLeadCutOff() {
                return teamLeadCutOff;
            }
        });
    }
}
