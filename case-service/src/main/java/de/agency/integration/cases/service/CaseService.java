package de.agency.integration.cases.service;

import de.agency.integration.cases.domain.CaseAction;
import de.agency.integration.cases.domain.CaseDetails;
import de.agency.integration.cases.domain.CloseReason;
import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.cases.domain.LegalDomain;
import de.agency.integration.cases.domain.PhaseTransition;
import de.agency.integration.cases.event.CaseClosed;
import de.agency.integration.cases.event.CaseEventPublisher;
import de.agency.integration.cases.event.CaseHandedOver;
import de.agency.integration.cases.event.CaseOpened;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.RuleViolationException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CaseService {

    private final CaseEventPublisher events;
    private final CasePolicy policy;
    private final AgencyClock clock;
    private final CaseDueDates dueDates;

    CaseService(CaseEventPublisher events, CasePolicy policy, AgencyClock clock, CaseDueDates dueDates) {
        this.events = events;
        this.policy = policy;
        this.clock = clock;
        this.dueDates = dueDates;
    }

    /** Opens a case in phase profiling; the case and its {@code CaseOpened} event commit together. */
    @Transactional
    public IntegrationCase open(OpenCase command) {
        policy.requireCounsellorOf(command.team());
        IntegrationCase opened = IntegrationCase.open(command.customerNumber(), command.legalDomain(), command.agency(),
                command.team(), command.counsellor(), policy.userId(), clock.now());
        events.publish(opened.id, CaseOpened.TYPE, CaseOpened.of(opened));
        events.publishCustomer(opened.id, opened.customerNumber);
        return opened;
    }

    /** The case, if the caller may read it; the read is recorded in the access log. */
    @Transactional
    public CaseDetails get(UUID id) {
        return CaseDetails.of(policy.forRead(id));
    }

    /** Who moved the case when from which phase to which; a read of the case. */
    @Transactional
    public List<PhaseTransition> history(UUID id) {
        policy.forRead(id);
        return PhaseTransition.historyOf(id);
    }

    public record SearchResult(List<IntegrationCase> cases, long total) {
    }

    /**
     * Cases the caller may read that meet the criteria: the access policy is part of the query, so a page holds only
     * readable cases. Each case shown is recorded in the access log.
     */
    @Transactional
    public SearchResult search(CaseSearch search, int page, int size) {
        CasePolicy.ReadScope scope = policy.readScope();
        if (scope.isEmpty()) {
            return new SearchResult(List.of(), 0);
        }
        Parameters parameters = new Parameters();
        List<String> conditions = new ArrayList<>(List.of(scope.condition(parameters)));
        if (search.customerNumber() != null) {
            conditions.add("customerNumber = :customerNumber");
            parameters.and("customerNumber", search.customerNumber());
        }
        if (search.agency() != null) {
            conditions.add("agency = :agency");
            parameters.and("agency", search.agency());
        }
        if (search.phase() != null) {
            conditions.add("phase = :phase");
            parameters.and("phase", search.phase());
        }
        if (search.counsellor() != null) {
            conditions.add("counsellor = :counsellor");
            parameters.and("counsellor", search.counsellor());
        }
        var query = IntegrationCase.<IntegrationCase>find(String.join(" and ", conditions),
                Sort.by("openedAt").and("id"), parameters);
        List<IntegrationCase> found = query.page(Page.of(page, size)).list();
        policy.recordReads(found);
        return new SearchResult(found, query.count());
    }

    /** Übergabe to the other legal domain; the documentation stays with the case. */
    @Transactional
    public CaseDetails handOver(UUID id, LegalDomain target) {
        IntegrationCase handed = policy.forWrite(id, CaseAction.HAND_OVER);
        if (handed.legalDomain == target) {
            throw new RuleViolationException("HANDOVER_TO_OTHER_LEGAL_DOMAIN", "toLegalDomain",
                    "The case is already in " + target + "; a handover goes to the other legal domain");
        }
        LegalDomain from = handed.legalDomain;
        handed.legalDomain = target;
        OffsetDateTime now = clock.now();
        handed.moveTo(handed.phase, "HANDED_OVER_TO_" + target, policy.userId(), now);
        events.publish(handed.id, CaseHandedOver.TYPE, new CaseHandedOver(2, handed.id, from,
                target, true, handed.ingaEnrolled, now));
        return CaseDetails.of(handed);
    }

    @Transactional
    public CaseDetails close(UUID id, CloseReason reason) {
        IntegrationCase closing = policy.forWrite(id, CaseAction.CLOSE);
        closing.closedAt = clock.now();
        closing.closeReason = reason;
        dueDates.caseClosed(closing.id);
        events.publish(closing.id, CaseClosed.TYPE, new CaseClosed(1, closing.id, reason, closing.phase,
                closing.closedAt));
        return CaseDetails.of(closing);
    }
}
