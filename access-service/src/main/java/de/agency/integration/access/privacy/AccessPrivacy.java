package de.agency.integration.access.privacy;

import de.agency.integration.privacy.RetentionRule;
import de.agency.integration.privacy.RetentionRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** access-service's part of the data lifecycle (DESIGN.md 1.6): it keeps data of staff only, none of customers. */
@ApplicationScoped
public class AccessPrivacy implements RetentionRules {

    @Override
    public List<RetentionRule> rules() {
        return List.of(new RetentionRule("teams, memberships, role grants and requests, deputies, certifications, "
                + "reflection days and supervision requests (staff, no customer data)", null,
                "while the agency employs the user", "kept as the record of who held which access; "
                + "ended memberships and revoked grants stay as history"));
    }
}
