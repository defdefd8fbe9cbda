package de.agency.integration.access.service;

import de.agency.integration.access.domain.Certification;
import de.agency.integration.access.domain.Membership;
import de.agency.integration.access.domain.ReflectionDay;
import de.agency.integration.access.domain.RequestStatus;
import de.agency.integration.access.event.AccessEventPublisher;
import de.agency.integration.access.event.ReflectionDayDecided;
import de.agency.integration.access.event.ReflectionDayProposed;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.AccessDeniedException;
import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.errors.StateConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Annual reflection days (Reflexionstage) of certification groups (DESIGN.md 1.2): a counsellor certified in the group
 * proposes the day, one a year per group; a lead of the proposer's team approves or rejects it, never the proposer.
 * The group's members, those leads and access admins see it.
 */
@ApplicationScoped
public class ReflectionDayService {

    private static final String PROPOSER = "the proposer";

    private final AccessEventPublisher events;
    private final Caller caller;
    private final AgencyClock clock;

    ReflectionDayService(AccessEventPublisher events, Caller caller, AgencyClock clock) {
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public ReflectionDay propose(String group, LocalDate plannedOn) {
        if (!ownGroup().contains(group)) {
            throw new AccessDeniedException("Only counsellors certified in the group may propose its reflection day");
        }
        requireAhead(plannedOn);
        ReflectionDay.heldInYearOf(group, plannedOn).ifPresent(held -> {
            String id = held.id.toString();
            throw new StateConflictException("Group " + group + " has a reflection day in " + plannedOn.getYear()
                    + " already (" + held.status + "): " + id, held.isPending()
                    ? List.of("POST /reflection-days/" + id + "/approve", "POST /reflection-days/" + id + "/reject")
                    : List.of());
        });
        ReflectionDay day = new ReflectionDay();
        day.id = UUID.randomUUID();
        day.group = group;
        day.plannedOn = plannedOn;
        day.status = RequestStatus.REQUESTED;
        day.proposedBy = caller.id();
        day.proposedAt = clock.now();
        day.persist();
        events.publish(day.proposedBy, ReflectionDayProposed.TYPE, new ReflectionDayProposed(1, day.id, group,
                plannedOn, day.proposedBy, day.proposedAt));
        return day;
    }

    @Transactional
    public ReflectionDay approve(UUID id) {
        ReflectionDay day = pendingForDecision(id);
        requireAhead(day.plannedOn);
        decide(day, RequestStatus.APPROVED, null);
        return day;
    }

    /** @param reason kept with the proposal for the group; it never leaves access-service in an event */
    @Transactional
    public ReflectionDay reject(UUID id, String reason) {
        ReflectionDay day = pendingForDecision(id);
        decide(day, RequestStatus.REJECTED, reason);
        return day;
    }

    /** Access admins see all; everyone else those of his or her group and those proposed in the teams he or she leads. */
    public List<ReflectionDay> list() {
        if (caller.isAccessAdmin()) {
            return ReflectionDay.all();
        }
        return ReflectionDay.ofGroupsOrProposers(ownGroup(), Membership.membersLedBy(caller.id()));
    }

    public ReflectionDay get(UUID id) {
        ReflectionDay day = ReflectionDay.findExisting(id);
        if (!caller.isAccessAdmin() && !ownGroup().contains(day.group) && !caller.leads(day.proposedBy)) {
            throw new AccessDeniedException("Only the group's members, leads of the proposer's team and access admins "
                    + "may read a reflection day");
        }
        return day;
    }

    private List<String> ownGroup() {
        return Certification.of(caller.id()).map(own -> own.group).stream().toList();
    }

    private ReflectionDay pendingForDecision(UUID id) {
        ReflectionDay day = ReflectionDay.findExisting(id);
        caller.requireLeadOf(day.proposedBy, PROPOSER, "decide a reflection day");
        day.requirePending("Reflection day " + id);
        return day;
    }

    private void requireAhead(LocalDate plannedOn) {
        if (plannedOn.isBefore(clock.today())) {
            throw new RuleViolationException("PLANNED_ON_NOT_IN_THE_PAST", "plannedOn",
                    "A reflection day is planned ahead; " + plannedOn + " has passed");
        }
    }

    private void decide(ReflectionDay day, RequestStatus decision, String reason) {
        day.decide(decision, caller.id(), clock.now(), reason);
        events.publish(day.proposedBy, ReflectionDayDecided.TYPE, new ReflectionDayDecided(1, day.id, day.group,
                day.plannedOn, decision, day.decidedBy, day.decidedAt));
    }
}
