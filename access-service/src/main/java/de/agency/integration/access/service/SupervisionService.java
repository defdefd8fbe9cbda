package de.agency.integration.access.service;

import de.agency.integration.access.domain.Certification;
import de.agency.integration.access.domain.Membership;
import de.agency.integration.access.domain.RequestStatus;
import de.agency.integration.access.domain.SupervisionRequest;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.AccessDeniedException;
import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.errors.StateConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Supervision on request (Supervision bei Bedarf, DESIGN.md 1.2): a counsellor certified for Inga requests it for
 * him- or herself, a lead of his or her team decides. It concerns the counsellor alone: no event, and only the
 * requester and those leads see it (access admins neither).
 */
@ApplicationScoped
public class SupervisionService {

    private final Caller caller;
    private final AgencyClock clock;

    SupervisionService(Caller caller, AgencyClock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public SupervisionRequest request() {
        String requester = caller.id();
        if (Certification.of(requester).isEmpty()) {
            throw new RuleViolationException("CERTIFICATION_REQUIRED",
                    "Supervision may be requested after the Inga certification, and none is recorded for the caller");
        }
        SupervisionRequest.pending(requester).ifPresent(pending -> {
            String id = pending.id.toString();
            throw new StateConflictException("A supervision request of the caller is pending already: " + id,
                    List.of("POST /supervision-requests/" + id + "/approve",
                            "POST /supervision-requests/" + id + "/reject"));
        });
        SupervisionRequest request = new SupervisionRequest();
        request.id = UUID.randomUUID();
        request.userId = requester;
        request.status = RequestStatus.REQUESTED;
        request.requestedAt = clock.now();
        request.persist();
        return request;
    }

    @Transactional
    public SupervisionRequest approve(UUID id) {
        return decide(id, RequestStatus.APPROVED, null);
    }

    /** @param reason kept with the request for the requester */
    @Transactional
    public SupervisionRequest reject(UUID id, String reason) {
        return decide(id, RequestStatus.REJECTED, reason);
    }

    /** The caller's own requests and those of the members of the teams he or she leads. */
    public List<SupervisionRequest> list() {
        Set<String> visible = new HashSet<>(Membership.membersLedBy(caller.id()));
        visible.add(caller.id());
        return SupervisionRequest.ofUsers(visible);
    }

    public SupervisionRequest get(UUID id) {
        SupervisionRequest request = SupervisionRequest.findExisting(id);
        if (!caller.id().equals(request.userId) && !caller.leads(request.userId)) {
            throw new AccessDeniedException("Only the requester and leads of the requester's team may read a supervision "
                    + "request");
        }
        return request;
    }

    private SupervisionRequest decide(UUID id, RequestStatus decision, String reason) {
        SupervisionRequest request = SupervisionRequest.findExisting(id);
        caller.requireLeadOf(request.userId, "the requester", "decide a supervision request");
        request.requirePending("Supervision request " + id);
        request.decide(decision, caller.id(), clock.now(), reason);
        return request;
    }
}
