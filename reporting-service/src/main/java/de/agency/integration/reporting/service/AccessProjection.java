package de.agency.integration.reporting.service;

import de.agency.integration.accessreplica.DeputyReplica;
import de.agency.integration.inbox.ReceivedEvent;
import de.agency.integration.reporting.domain.CertificationFact;
import de.agency.integration.reporting.domain.IngaTeamMember;
import de.agency.integration.reporting.domain.ReflectionDayFact;
import de.agency.integration.reporting.domain.RoleHolding;
import de.agency.integration.reporting.domain.TeamLead;
import de.agency.integration.reporting.event.AccessEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Current members of Inga teams, the leads of every team, the roles users hold, deputyships (for the worklist),
 * certifications and reflection days, from {@code access-events}.
 */
@ApplicationScoped
public class AccessProjection implements Projection {

    @Override
    public String topic() {
        return "access-events";
    }

    @Override
    public void apply(ReceivedEvent event) {
        switch (event.type()) {
            case AccessEvents.TeamMembershipChanged.TYPE -> membership(event.data(AccessEvents.TeamMembershipChanged.class));
            case AccessEvents.RoleGranted.TYPE -> {
                AccessEvents.RoleGranted granted = event.data(AccessEvents.RoleGranted.class);
                RoleHolding holding = new RoleHolding();
                holding.grantId = granted.grantId();
                holding.userId = granted.userId();
                holding.role = granted.role();
                holding.team = granted.team();
                holding.persist();
            }
            case AccessEvents.RoleRevoked.TYPE -> RoleHolding.deleteById(event.data(AccessEvents.RoleRevoked.class).grantId());
            case AccessEvents.DeputyAssigned.TYPE -> {
                AccessEvents.DeputyAssigned assigned = event.data(AccessEvents.DeputyAssigned.class);
                DeputyReplica.assign(assigned.deputyshipId(), assigned.counsellorId(), assigned.deputyId(),
                        assigned.validFrom(), assigned.validUntil());
            }
            case AccessEvents.IngaCertificationRecorded.TYPE -> certification(
                    event.data(AccessEvents.IngaCertificationRecorded.class));
            case AccessEvents.ReflectionDayProposed.TYPE -> {
                AccessEvents.ReflectionDayProposed proposed = event.data(AccessEvents.ReflectionDayProposed.class);
                reflectionDay(proposed.reflectionDayId(), proposed.certificationGroup(), proposed.plannedOn(), "REQUESTED");
            }
            case AccessEvents.ReflectionDayDecided.TYPE -> {
                AccessEvents.ReflectionDayDecided decided = event.data(AccessEvents.ReflectionDayDecided.class);
                reflectionDay(decided.reflectionDayId(), decided.certificationGroup(), decided.plannedOn(),
                        decided.decision());
            }
            default -> {
                // role requests are not reported on
            }
        }
    }

    private static void certification(AccessEvents.IngaCertificationRecorded recorded) {
        if (CertificationFact.findById(recorded.userId()) == null) {
            CertificationFact certification = new CertificationFact();
            certification.userId = recorded.userId();
            certification.group = recorded.certificationGroup();
            certification.certifiedOn = recorded.certifiedOn();
            certification.persist();
        }
    }

    /** Proposed, then decided: the decision carries the day too, so whichever arrives, the fact is complete. */
    private static void reflectionDay(UUID id, String group, LocalDate plannedOn, String status) {
        ReflectionDayFact day = ReflectionDayFact.findById(id);
        if (day == null) {
            day = new ReflectionDayFact();
            day.reflectionDayId = id;
            day.group = group;
            day.plannedOn = plannedOn;
            day.status = status;
            day.persist();
        } else if ("REQUESTED".equals(day.status)) {
            day.status = status;
        }
    }

    private static void membership(AccessEvents.TeamMembershipChanged changed) {
        if ("TEAM_LEAD".equals(changed.function())) {
            if ("LEFT".equals(changed.change())) {
                TeamLead.leave(changed.userId(), changed.team());
            } else {
                TeamLead.appoint(changed.userId(), changed.team());
            }
        }
        if (!"INGA".equals(changed.teamType())) {
            return;
        }
        IngaTeamMember.Key key = new IngaTeamMember.Key(changed.userId(), changed.team(), changed.function());
        if ("LEFT".equals(changed.change())) {
            IngaTeamMember.deleteById(key);
        } else if (IngaTeamMember.findById(key) == null) {
            IngaTeamMember member = new IngaTeamMember();
            member.key = key;
            member.agency = changed.agency();
            member.joinedOn = changed.effectiveOn();
            member.persist();
        }
    }
}
