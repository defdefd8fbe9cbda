package de.agency.integration.cases.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.agency.integration.cases.domain.CaseDetails;
import de.agency.integration.cases.domain.CloseReason;
import de.agency.integration.cases.domain.FollowUp;
import de.agency.integration.cases.domain.GoalKind;
import de.agency.integration.cases.domain.ImplementationStep;
import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.cases.domain.LegalDomain;
import de.agency.integration.cases.domain.Phase;
import de.agency.integration.cases.domain.Responsible;
import de.agency.integration.cases.domain.StepKind;
import de.agency.integration.idempotency.AnswerSubject;
import de.agency.integration.web.etag.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A case with its 4PM state and what may be done next. Absent fields are not set yet; in search results the
 * strategies, steps and follow-ups are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CaseView")
public record CaseView(@Schema(examples = "6f1c1c4e-8d0a-4f57-9a43-2f8d6f1b9c11") UUID id,
                       @Schema(examples = "123A456789") String customerNumber,
                       @Schema(examples = "SGB_III") LegalDomain legalDomain,
                       @Schema(examples = "311") String agency,
                       @Schema(examples = "X90-311-INGA1") String team,
                       @Schema(examples = "counsellor") String counsellor,
                       @Schema(examples = "GOAL_SETTING") Phase phase,
                       @Schema(examples = "2026-11-24T08:00:00Z") OffsetDateTime openedAt,
                       @Schema(examples = "[\"Reliable\"]") List<String> strengths,
                       List<NeedView> needs,
                       @Schema(nullable = true,
                               examples = "Good prospects once the licence is renewed") String conclusion,
                       @Schema(nullable = true, examples = "SUPPORT") String profileCategory,
                       @Schema(nullable = true) GoalView goal,
                       @Schema(nullable = true) List<StrategyView> strategies,
                       @Schema(nullable = true) List<StepView> steps,
                       @Schema(nullable = true) List<FollowUpView> followUps,
                       @Schema(description = "Inga-Kennung: whether the customer is enrolled in Inga") boolean ingaEnrolled,
                       @Schema(nullable = true,
                               description = "While enrolled: the Inga team, whose leads read the case",
                               examples = "X90-311-INGA1") String ingaTeam,
                       @Schema(nullable = true,
                               description = "While enrolled: the Inga counsellor who works the case with his or her "
                                       + "deputies; the case's own team reads only", examples = "inga-counsellor")
                       String ingaCounsellor,
                       @Schema(nullable = true) OffsetDateTime closedAt,
                       @Schema(nullable = true) CloseReason closeReason,
                       @Schema(description = "Restricted (Art. 18 GDPR): frozen, read only by the data protection officer")
                       boolean restricted,
                       @Schema(examples = "[\"PUT /cases/{id}/goal\", \"POST /cases/{id}/notes\"]") List<String> allowedActions,
                       @Schema(description = "The case's version, also its ETag: name it in If-Match to change the "
                               + "case only while it is still at this version", examples = "3") long version)
        implements Versioned, AnswerSubject {

    @Override
    public String subjectId() {
        return id.toString();
    }

    public record NeedView(UUID id, String dimension, String description) {
    }

    public record GoalView(GoalKind kind, String description, @Schema(nullable = true) LocalDate targetDate) {
    }

    public record StrategyView(String strategy, UUID needId) {
    }

    public record StepView(UUID id, StepKind kind, String description, Responsible responsible, LocalDate dueDate,
                           ImplementationStep.Status status) {

        static StepView of(ImplementationStep s) {
            return new StepView(s.id, s.kind, s.description, s.responsible, s.dueDate, s.status);
        }
    }

    public record FollowUpView(UUID id, LocalDate heldOn, String progress, boolean reopensProfiling,
                               @Schema(nullable = true, description = "The next talk this one planned")
                               LocalDate nextFollowUpOn) {

        static FollowUpView of(FollowUp f) {
            return new FollowUpView(f.id, f.heldOn, f.progress, f.reopensProfiling, f.nextFollowUpOn);
        }
    }

    /** The case without strategies, steps and follow-ups, for lists. */
    static CaseView summary(IntegrationCase c) {
        return of(c, null, null, null);
    }

    /** A case just opened: it has no strategies, steps or follow-ups yet, so none are loaded. */
    static CaseView opened(IntegrationCase c) {
        return of(c, List.of(), List.of(), List.of());
    }

    /** The case with its strategies, steps and follow-ups. */
    static CaseView full(CaseDetails details) {
        return of(details.kase(), details.strategies().stream()
                        .map(s -> new StrategyView(s.strategy, s.needId)).toList(),
                details.steps().stream().map(StepView::of).toList(),
                details.followUps().stream().map(FollowUpView::of).toList());
    }

    private static CaseView of(IntegrationCase c, List<StrategyView> strategies, List<StepView> steps,
                               List<FollowUpView> followUps) {
        return new CaseView(c.id, c.customerNumber, c.legalDomain, c.agency, c.team, c.counsellor, c.phase, c.openedAt,
                List.copyOf(c.strengths),
                c.needs.stream().map(n -> new NeedView(n.id, n.dimension, n.description)).toList(),
                c.conclusion, c.profileCategory,
                c.goalKind == null ? null : new GoalView(c.goalKind, c.goalDescription, c.goalTargetDate),
                strategies, steps, followUps, c.ingaEnrolled, c.ingaTeam, c.ingaCounsellor, c.closedAt, c.closeReason,
                c.isRestricted(),
                c.allowedActions(), c.version);
    }
}
