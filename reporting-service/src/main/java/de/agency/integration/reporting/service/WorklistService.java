package de.agency.integration.reporting.service;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.figures.WorkingDays;
import de.agency.integration.reporting.domain.WorklistItem;
import de.agency.integration.reporting.domain.WorklistKind;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The worklist (Arbeitsliste): the caller's open items with their due dates, soonest first, from the read model the
 * events build ({@link WorklistProjection}); days until the due date in working days where the item counts them
 * (the first meeting, the agency's federal state), else in calendar days, from the agency's clock.
 */
@ApplicationScoped
public class WorklistService {

    @Schema(name = "WorklistRow")
    public record Row(
            WorklistKind kind,
            @Schema(description = "The due date") LocalDate dueOn,
            @Schema(description = "Days from today to the due date, counted as dayCount says; negative once passed",
                    examples = "-3") long daysLeft,
            WorklistKind.DayCount dayCount,
            @Schema(description = "When the timer event came: the due date passed unmet (ImplementationStepOverdue, "
                    + "FollowUpOverdue, FirstMeetingOverdue) or the end is near (EnrollmentEndingSoon)",
                    nullable = true) OffsetDateTime timerFiredAt,
            String caseId,
            @Schema(nullable = true, description = "For Inga items") String enrollmentId,
            @Schema(description = "The step, the talk that planned the follow-up, or the enrollment") String subjectId,
            @Schema(nullable = true, description = "Who works the case (user id)", examples = "inga-counsellor")
            String owner,
            String team,
            String agency) {
    }

    @Schema(name = "WorklistPage")
    public record Page(List<Row> items, int page, int size, long total) {
    }

    private final WorklistPolicy policy;
    private final WorkingDays workingDays;
    private final AgencyClock clock;

    WorklistService(WorklistPolicy policy, WorkingDays workingDays, AgencyClock clock) {
        this.policy = policy;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /**
     * @param from  first due date shown, or null
     * @param to    last due date shown, or null
     * @param kinds the kinds shown; all if empty
     */
    @Transactional
    public Page worklist(LocalDate from, LocalDate to, Set<WorklistKind> kinds, int page, int size) {
        StringBuilder where = new StringBuilder("from WorklistItem w where ").append(policy.condition());
        Parameters parameters = policy.bind(new Parameters());
        if (from != null) {
            where.append(" and w.dueOn >= :from");
            parameters = parameters.and("from", from);
        }
        if (to != null) {
            where.append(" and w.dueOn <= :to");
            parameters = parameters.and("to", to);
        }
        if (!kinds.isEmpty()) {
            where.append(" and w.kind in :kinds");
            parameters = parameters.and("kinds", kinds);
        }
        PanacheQuery<WorklistItem> items = WorklistItem.find(where.toString(),
                Sort.by("dueOn").and("kind").and("subjectId"), parameters);
        LocalDate today = clock.today();
        List<Row> rows = items.page(page, size).list().stream().map(item -> row(item, today)).toList();
        policy.recordRows(rows.stream().map(Row::caseId).toList());
        return new Page(rows, page, size, items.count());
    }

    private Row row(WorklistItem item, LocalDate today) {
        return new Row(item.kind, item.dueOn, daysLeft(item, today), item.kind.dayCount(), item.timerFiredAt,
                item.caseId.toString(), item.enrollmentId == null ? null : item.enrollmentId.toString(),
                item.subjectId.toString(), item.owner, item.team, item.agency);
    }

    private long daysLeft(WorklistItem item, LocalDate today) {
        if (item.kind.dayCount() == WorklistKind.DayCount.CALENDAR_DAYS) {
            return item.dueOn.toEpochDay() - today.toEpochDay();
        }
        return item.dueOn.isBefore(today) ? -workingDays.between(item.dueOn, today, item.federalState)
                : workingDays.between(today, item.dueOn, item.federalState);
    }
}
