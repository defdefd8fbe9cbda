package de.agency.integration.reporting.service;

import de.agency.integration.accessreplica.DeputyReplica;
import de.agency.integration.caller.CurrentCaller;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.privacy.AccessLog;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.List;

/**
 * Need-to-know for the worklist (DESIGN.md 1.4, 1.5), the one policy its reads go through, in the query: a
 * counsellor sees the items he or she works, a {@code TEAM_LEAD} also those of the teams he or she leads, a deputy
 * (Vertretung) holding {@code INTEGRATION_COUNSELLOR_SGB3} on the days of the deputyship also the items of the cases
 * the represented Inga counsellor works in Inga; items of a restricted case nobody. Every row names a case, so every
 * row read is recorded in the access log.
 */
@RequestScoped
public class WorklistPolicy {

    static final String WORKLIST_ROW = "WORKLIST_ROW";
    static final String INGA_ROLE = "INTEGRATION_COUNSELLOR_SGB3";

    private final CurrentCaller identity;
    private final AccessLog accessLog;
    private final CallerLedTeams ledTeams;
    private final AgencyClock clock;
    private List<String> represented;

    WorklistPolicy(CurrentCaller identity, AccessLog accessLog, CallerLedTeams ledTeams, AgencyClock clock) {
        this.identity = identity;
        this.accessLog = accessLog;
        this.ledTeams = ledTeams;
        this.clock = clock;
    }

    /** The JPQL condition on worklist item {@code w} of what the caller may see; its parameters in {@link #bind}. */
    String condition() {
        StringBuilder visible = new StringBuilder("w.owner = :caller");
        if (!ledTeams.get().isEmpty()) {
            visible.append(" or w.team in :ledTeams");
        }
        if (!represented().isEmpty()) {
            visible.append(" or (w.owner in :represented and exists (select 1 from EnrollmentFact e "
                    + "where e.caseId = w.caseId and e.exitDate is null and e.ingaCounsellor = w.owner))");
        }
        return "not w.done and (" + visible
                + ") and not exists (select 1 from CaseFact c where c.caseId = w.caseId and c.restricted = true)";
    }

    Parameters bind(Parameters parameters) {
        Parameters bound = parameters.and("caller", identity.id());
        if (!ledTeams.get().isEmpty()) {
            bound = bound.and("ledTeams", ledTeams.get());
        }
        return represented().isEmpty() ? bound : bound.and("represented", represented());
    }

    /** The Inga counsellors the caller stands in for today, as a deputy who holds the Inga role. */
    private List<String> represented() {
        if (represented == null) {
            represented = identity.hasRole(INGA_ROLE) ? DeputyReplica.representedBy(identity.id(), clock.today())
                    : List.of();
        }
        return represented;
    }

    /** Records that the caller read worklist rows naming these cases. */
    void recordRows(Collection<String> caseIds) {
        accessLog.read(WORKLIST_ROW, caseIds.stream().distinct().map(id -> new AccessLog.Subject(id, null)).toList());
    }
}
