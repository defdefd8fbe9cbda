package de.agency.integration.reporting.service;

import de.agency.integration.caller.CurrentCaller;
import de.agency.integration.privacy.AccessLog;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;

/**
 * Need-to-know for the worklist (DESIGN.md 1.4, 1.5), the one policy its reads go through, in the query: a
 * counsellor sees the items he or she works, a {@code TEAM_LEAD} also those of the teams he or she leads; items of a
 * restricted case nobody. Every row names a case, so every row read is recorded in the access log.
 */
@RequestScoped
public class WorklistPolicy {

    static final String WORKLIST_ROW = "WORKLIST_ROW";

    private final CurrentCaller identity;
    private final AccessLog accessLog;
    private final CallerLedTeams ledTeams;

    WorklistPolicy(CurrentCaller identity, AccessLog accessLog, CallerLedTeams ledTeams) {
        this.identity = identity;
        this.accessLog = accessLog;
        this.ledTeams = ledTeams;
    }

    /** The JPQL condition on worklist item {@code w} of what the caller may see; its parameters in {@link #bind}. */
    String condition() {
        return "not w.done and (w.owner = :caller" + (ledTeams.get().isEmpty() ? "" : " or w.team in :ledTeams")
                + ") and not exists (select 1 from CaseFact c where c.caseId = w.caseId and c.restricted = true)";
    }

    Parameters bind(Parameters parameters) {
        Parameters bound = parameters.and("caller", identity.id());
        return ledTeams.get().isEmpty() ? bound : bound.and("ledTeams", ledTeams.get());
    }

    /** Records that the caller read worklist rows naming these cases. */
    void recordRows(Collection<String> caseIds) {
        accessLog.read(WORKLIST_ROW, caseIds.stream().distinct().map(id -> new AccessLog.Subject(id, null)).toList());
    }
}
