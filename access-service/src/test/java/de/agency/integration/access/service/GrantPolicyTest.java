package de.agency.integration.access.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.access.domain.Role;
import de.agency.integration.access.domain.TeamFunction;
import de.agency.integration.access.domain.TeamType;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The X90 grant rules of DESIGN.md 1.3 with the directive's cut-off dates. */
class GrantPolicyTest {

    static final LocalDate COUNSELLOR_CUT_OFF = LocalDate.of(2019, 6, 15);
    static final LocalDate LEAD_CUT_OFF = LocalDate.of(2019, 7, 20);

    final GrantPolicy policy = new GrantPolicy(new GrantConfig() {
        @Override
        public LocalDate counsellorCutOff() {
            return COUNSELLOR_CUT_OFF;
        }

        @Override
        public LocalDate teamLeadCutOff() {
            return LEAD_CUT_OFF;
        }
    });

    @Test
    void ingaTeamCounsellorAssignedOnOrBeforeTheCutOffGetsTheRoleAutomatically() {
        assertEquals(auto(Role.INTEGRATION_COUNSELLOR_SGB3),
                policy.decide(TeamType.INGA, TeamFunction.COUNSELLOR, COUNSELLOR_CUT_OFF));
    }

    @Test
    void ingaTeamCounsellorAssignedLaterMustRequestTheRole() {
        assertEquals(request(Role.INTEGRATION_COUNSELLOR_SGB3),
                policy.decide(TeamType.INGA, TeamFunction.COUNSELLOR, COUNSELLOR_CUT_OFF.plusDays(1)));
    }

    @Test
    void leadOfAnOwnIngaTeamAppointedOnOrBeforeTheCutOffGetsTheAdditionalPermissionAutomatically() {
        assertEquals(auto(Role.INGA_ADDITIONAL_PERMISSION),
                policy.decide(TeamType.INGA, TeamFunction.TEAM_LEAD, LEAD_CUT_OFF));
    }

    @Test
    void leadOfAnIngaTeamAppointedLaterMustRequestTheAdditionalPermission() {
        assertEquals(request(Role.INGA_ADDITIONAL_PERMISSION),
                policy.decide(TeamType.INGA, TeamFunction.TEAM_LEAD, LEAD_CUT_OFF.plusDays(1)));
    }

    @Test
    void everyLeadOfAMixedTeamMustRequestTheAdditionalPermissionEvenBeforeTheCutOff() {
        assertEquals(request(Role.INGA_ADDITIONAL_PERMISSION),
                policy.decide(TeamType.MIXED, TeamFunction.TEAM_LEAD, LEAD_CUT_OFF.minusYears(1)));
    }

    @Test
    void mixedTeamCounsellorMustRequestTheRoleAndOtherTeamsQualifyForNone() {
        assertEquals(request(Role.INTEGRATION_COUNSELLOR_SGB3),
                policy.decide(TeamType.MIXED, TeamFunction.COUNSELLOR, COUNSELLOR_CUT_OFF.minusYears(1)));
        assertEquals(new GrantPolicy.Decision(Optional.empty(), Optional.empty()),
                policy.decide(TeamType.OTHER, TeamFunction.COUNSELLOR, COUNSELLOR_CUT_OFF.minusYears(1)));
        assertEquals(new GrantPolicy.Decision(Optional.empty(), Optional.empty()),
                policy.decide(TeamType.OTHER, TeamFunction.TEAM_LEAD, LEAD_CUT_OFF.minusYears(1)));
    }

    private static GrantPolicy.Decision auto(Role role) {
        return new GrantPolicy.Decision(Optional.of(role), Optional.empty());
    }

    private static GrantPolicy.Decision request(Role role) {
        return new GrantPolicy.Decision(Optional.empty(), Optional.of(role));
    }
}
