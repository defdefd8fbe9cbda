package de.agency.integration.access.service;

import de.agency.integration.access.domain.Certification;
import de.agency.integration.access.domain.Membership;
import de.agency.integration.access.domain.Team;
import de.agency.integration.access.domain.TeamFunction;
import de.agency.integration.access.domain.TeamType;
import de.agency.integration.access.event.AccessEventPublisher;
import de.agency.integration.access.event.IngaCertificationRecorded;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.errors.StateConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Certifications of Inga counsellors (Zertifizierung Inga, DESIGN.md 1.2), recorded by access admins: once per
 * counsellor, in a certification group, for a counsellor of an Inga or mixed team.
 */
@ApplicationScoped
public class CertificationService {

    private static final Set<TeamType> INGA_COUNSELLING_TEAMS = Set.of(TeamType.INGA, TeamType.MIXED);

    private final AccessEventPublisher events;
    private final Caller caller;
    private final AgencyClock clock;

    CertificationService(AccessEventPublisher events, Caller caller, AgencyClock clock) {
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Certification record(String userId, String group, LocalDate certifiedOn) {
        if (certifiedOn.isAfter(clock.today())) {
            throw new RuleViolationException("CERTIFIED_ON_NOT_IN_THE_FUTURE", "certifiedOn",
                    "A certification is recorded once it took place; " + certifiedOn + " is after today");
        }
        if (!countsInIngaTeam(userId)) {
            throw new RuleViolationException("NO_INGA_MEMBERSHIP", "userId", "Only counsellors of an INGA or MIXED "
                    + "team are certified for Inga; " + userId + " has no such open membership");
        }
        Certification.of(userId).ifPresent(existing -> {
            throw new StateConflictException(userId + " was certified on " + existing.certifiedOn + " in group "
                    + existing.group + " already", List.of());
        });
        Certification certification = new Certification();
        certification.id = UUID.randomUUID();
        certification.userId = userId;
        certification.group = group;
        certification.certifiedOn = certifiedOn;
        certification.recordedBy = caller.id();
        certification.recordedAt = clock.now();
        certification.persist();
        events.publish(userId, IngaCertificationRecorded.TYPE, new IngaCertificationRecorded(1, certification.id,
                userId, group, certifiedOn, certification.recordedBy, certification.recordedAt));
        return certification;
    }

    /** Access admins see every certification (of one group, if given), everyone else only their own. */
    public List<Certification> list(String group) {
        if (caller.isAccessAdmin()) {
            return Certification.all(group);
        }
        return Certification.of(caller.id()).filter(own -> group == null || group.equals(own.group)).stream().toList();
    }

    private static boolean countsInIngaTeam(String userId) {
        return Membership.openOf(userId).stream()
                .filter(membership -> membership.function == TeamFunction.COUNSELLOR)
                .anyMatch(membership -> INGA_COUNSELLING_TEAMS.contains(Team.findExisting(membership.team).type));
    }
}
