package de.agency.integration.access.service;

import de.agency.integration.access.domain.Role;
import de.agency.integration.access.domain.TeamFunction;
import de.agency.integration.access.domain.TeamType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The grant rules of X90 membership (directive): which Inga role a membership brings automatically, and which role
 * it qualifies for only by request (IM-Webshop workflow). Cut-off dates are configuration.
 */
@ApplicationScoped
public class GrantPolicy {

    /** What a membership means for the Inga roles: granted at once, to be requested, or neither. */
    public record Decision(Optional<Role> automatic, Optional<Role> byRequest) {

        static Decision automatic(Role role) {
            return new Decision(Optional.of(role), Optional.empty());
        }

        static Decision byRequest(Role role) {
            return new Decision(Optional.empty(), Optional.of(role));
        }

        static Decision none() {
            return new Decision(Optional.empty(), Optional.empty());
        }
    }

    private final GrantConfig config;

    GrantPolicy(GrantConfig config) {
        this.config = config;
    }

    /** Who may request the role, for the reason of a refused request. */
    public String requestableBy(Role role) {
        return role == Role.INTEGRATION_COUNSELLOR_SGB3
                ? "counsellors of an INGA team assigned after " + config.counsellorCutOff()
                        + " and counsellors of a MIXED team"
                : "team leads of an INGA team appointed after " + config.teamLeadCutOff()
                        + " and team leads of a MIXED team";
    }

    public Decision decide(TeamType type, TeamFunction function, LocalDate start) {
        if (function == TeamFunction.COUNSELLOR) {
            if (type == TeamType.INGA && !start.isAfter(config.counsellorCutOff())) {
                return Decision.automatic(Role.INTEGRATION_COUNSELLOR_SGB3);
            }
            return type == TeamType.OTHER ? Decision.none() : Decision.byRequest(Role.INTEGRATION_COUNSELLOR_SGB3);
        }
        if (type == TeamType.INGA && !start.isAfter(config.teamLeadCutOff())) {
            return Decision.automatic(Role.INGA_ADDITIONAL_PERMISSION);
        }
        return type == TeamType.OTHER ? Decision.none() : Decision.byRequest(Role.INGA_ADDITIONAL_PERMISSION);
    }
}
