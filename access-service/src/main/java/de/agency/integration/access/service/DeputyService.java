package de.agency.integration.access.service;

import de.agency.integration.access.domain.Deputyship;
import de.agency.integration.access.event.AccessEventPublisher;
import de.agency.integration.access.event.DeputyAssigned;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.errors.StateConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Deputies (Vertretungen) of counsellors. Whether a deputy may act on the protected Inga note also depends on the
 * deputy holding INTEGRATION_COUNSELLOR_SGB3 at that time; inga-service checks that from the role events.
 */
@ApplicationScoped
public class DeputyService {

    private final AccessEventPublisher events;
    private final Caller caller;
    private final AgencyClock clock;

    DeputyService(AccessEventPublisher events, Caller caller, AgencyClock clock) {
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    /** Counsellors assign their own deputies; access admins anyone's. */
    @Transactional
    public Deputyship assign(String counsellorId, String deputyId, LocalDate validFrom, LocalDate validUntil) {
        caller.requireSelfOrAccessAdmin(counsellorId, "assign a counsellor's deputies");
        if (deputyId.equals(counsellorId)) {
            throw new RuleViolationException("DEPUTY_IS_ANOTHER_COUNSELLOR", "deputyId",
                    "A counsellor cannot be his or her own deputy");
        }
        if (validUntil.isBefore(validFrom)) {
            throw new RuleViolationException("PERIOD_ENDS_AFTER_START", "validUntil",
                    "The deputyship cannot end (" + validUntil + ") before it starts (" + validFrom + ")");
        }
        if (validUntil.isBefore(clock.today())) {
            throw new RuleViolationException("PERIOD_NOT_IN_THE_PAST", "validUntil",
                    "A deputyship that ended on " + validUntil + " cannot be assigned any more");
        }
        Deputyship.lockPair(counsellorId, deputyId);
        if (Deputyship.overlaps(counsellorId, deputyId, validFrom, validUntil)) {
            throw new StateConflictException(deputyId + " is deputy of " + counsellorId
                    + " on some day between " + validFrom + " and " + validUntil + " already", List.of());
        }
        Deputyship deputyship = new Deputyship();
        deputyship.id = UUID.randomUUID();
        deputyship.counsellorId = counsellorId;
        deputyship.deputyId = deputyId;
        deputyship.validFrom = validFrom;
        deputyship.validUntil = validUntil;
        deputyship.assignedBy = caller.id();
        deputyship.assignedAt = clock.now();
        deputyship.persist();
        events.publish(counsellorId, DeputyAssigned.TYPE, new DeputyAssigned(1, deputyship.id, counsellorId, deputyId,
                validFrom, validUntil));
        return deputyship;
    }

    public List<Deputyship> of(String counsellorId) {
        caller.requireSelfOrAccessAdmin(counsellorId, "read a counsellor's deputies");
        return Deputyship.of(counsellorId);
    }
}
