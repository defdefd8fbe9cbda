package de.agency.integration.cases.service;

import de.agency.integration.cases.domain.CaseAction;
import de.agency.integration.cases.domain.CloseReason;
import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.cases.domain.LegalDomain;
import de.agency.integration.cases.event.CaseClosed;
import de.agency.integration.cases.event.CaseEvents;
import de.agency.integration.cases.event.CaseHandedOver;
import de.agency.integration.cases.event.CaseOpened;
import de.agency.integration.problem.RuleViolationException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CaseService {

    private final CaseEvents events;
    private final CaseAccess access;
    private final Clock clock;

    CaseService(CaseEvents events, CaseAccess access, Clock clock) {
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** Opens a case in phase profiling; the case and its {@code CaseOpened} event commit together. */
    @Transactional
    public IntegrationCase open(OpenCase command) {
        access.requireCounsellorOf(command.team());
        IntegrationCase opened = IntegrationCase.open(command.customerNumber(), command.legalDomain(), command.agency(),
                command.team(), command.counsellor(), access.userId(), OffsetDateTime.now(clock));
        events.publish(opened.id, CaseOpened.TYPE, CaseOpened.of(opened));
        return opened;
    }

    public IntegrationCase get(UUID id) {
        return access.forRead(id);
    }

    public record SearchResult(List<IntegrationCase> cases, long total) {
    }

    /** Cases of the teams the caller may read that meet the criteria. */
    public SearchResult search(CaseSearch search, int page, int size) {
        List<String> teams = access.readableTeams();
        if (teams.isEmpty()) {
            return new SearchResult(List.of(), 0);
        }
        List<String> conditions = new ArrayList<>(List.of("team in :teams"));
        Parameters parameters = Parameters.with("teams", teams);
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
        return new SearchResult(query.page(Page.of(page, size)).list(), query.count());
    }

    /** Übergabe to the other legal domain; the documentation stays with the case. */
    @Transactional
    public IntegrationCase handOver(UUID id, LegalDomain target) {
        IntegrationCase handed = access.forWrite(id, CaseAction.HAND_OVER);
        if (handed.legalDomain == target) {
            throw new RuleViolationException("HANDOVER_TO_OTHER_LEGAL_DOMAIN", "toLegalDomain",
                    "The case is already in " + target + "; a handover goes to the other legal domain");
        }
        LegalDomain from = handed.legalDomain;
        handed.legalDomain = target;
        OffsetDateTime now = OffsetDateTime.now(clock);
        handed.moveTo(handed.phase, "HANDED_OVER_TO_" + target, access.userId(), now);
        events.publish(handed.id, CaseHandedOver.TYPE, new CaseHandedOver(1, handed.id, handed.customerNumber, from,
                target, true, handed.ingaEnrolled, now));
        return handed;
    }

    @Transactional
    public IntegrationCase close(UUID id, CloseReason reason) {
        IntegrationCase closing = access.forWrite(id, CaseAction.CLOSE);
        closing.closedAt = OffsetDateTime.now(clock);
        closing.closeReason = reason;
        events.publish(closing.id, CaseClosed.TYPE, new CaseClosed(1, closing.id, reason, closing.phase,
                closing.closedAt));
        return closing;
    }
}
