package de.agency.integration.cases.workflow;

import de.agency.integration.accessreplica.DeputyReplica;
import de.agency.integration.cases.domain.CloseReason;
import de.agency.integration.cases.domain.CounsellingNote;
import de.agency.integration.cases.domain.GoalKind;
import de.agency.integration.cases.domain.ImplementationStep;
import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.cases.domain.LegalDomain;
import de.agency.integration.cases.domain.NeedForAction;
import de.agency.integration.cases.domain.Phase;
import de.agency.integration.cases.domain.Responsible;
import de.agency.integration.cases.domain.StepKind;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.testing.CustomerNumbers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Cases put straight into the database in a given phase, for tests of who may do what with them. */
public final class CaseFixtures {

    public static final String TEAM = "X90-801-CASE";
    public static final String INGA_TEAM = "X90-801-INGA";
    public static final String INGA_COUNSELLOR = "m-inga-counsellor";
    public static final String COUNSELLOR = "m-team-counsellor";

    /**
     * A case and the social data it holds, none of which may appear in an answer that denies access.
     *
     * @param caseId null for a case still to be opened
     */
    public record Fixture(UUID caseId, String customerNumber, UUID needId, UUID stepId, List<String> socialData) {
    }

    private CaseFixtures() {
    }

    /** Only a customer number, for opening a case. */
    public static Fixture unopened() {
        String customerNumber = CustomerNumbers.next();
        return new Fixture(null, customerNumber, null, null, List.of(customerNumber));
    }

    /**
     * A case of {@link #TEAM} in the phase, profiled (a need in QUALIFICATION and a conclusion), with a counselling
     * note, the goal once agreed, a step in implementation; if {@code enrolled}, its customer is enrolled in Inga with
     * {@link #INGA_COUNSELLOR} of {@link #INGA_TEAM}.
     */
    public static Fixture inPhase(Phase phase, boolean enrolled) {
        return of(phase, enrolled, false, false);
    }

    /** As {@link #inPhase}, and restricted (Art. 18 GDPR) or closed if asked. */
    public static Fixture of(Phase phase, boolean enrolled, boolean restricted, boolean closed) {
        String customerNumber = CustomerNumbers.next();
        String strength = "Strength-" + UUID.randomUUID();
        String conclusion = "Conclusion-" + UUID.randomUUID();
        String noteText = "Note-" + UUID.randomUUID();
        String goal = "Goal-" + UUID.randomUUID();
        return QuarkusTransaction.requiringNew().call(() -> {
            IntegrationCase kase = IntegrationCase.open(customerNumber, LegalDomain.SGB_III, "801", TEAM, COUNSELLOR,
                    COUNSELLOR, OffsetDateTime.now());
            NeedForAction need = new NeedForAction();
            need.id = UUID.randomUUID();
            need.dimension = "QUALIFICATION";
            need.description = "Licence expired";
            kase.recordProfiling(List.of(strength), List.of(need), conclusion);
            kase.phase = phase;
            if (phase != Phase.PROFILING) {
                kase.profileCategory = "SUPPORT";
            }
            if (phase == Phase.STRATEGY_SELECTION || phase == Phase.IMPLEMENTATION_AND_FOLLOW_UP) {
                kase.goalKind = GoalKind.TARGET_OCCUPATION;
                kase.goalDescription = goal;
                kase.goalTargetDate = LocalDate.of(2099, 1, 31);
            }
            if (enrolled) {
                kase.enrolledInInga(UUID.randomUUID(), INGA_TEAM, INGA_COUNSELLOR);
            }
            if (restricted) {
                kase.restrictedAt = OffsetDateTime.now();
                kase.restrictionReason = "Appeal pending";
            }
            if (closed) {
                kase.closedAt = OffsetDateTime.now();
                kase.closeReason = CloseReason.INTEGRATED;
            }
            CounsellingNote note = new CounsellingNote();
            note.id = UUID.randomUUID();
            note.caseId = kase.id;
            note.type = "COUNSELLING";
            note.author = COUNSELLOR;
            note.recordedAt = OffsetDateTime.now();
            note.text = noteText;
            note.persist();
            ImplementationStep step = new ImplementationStep();
            step.id = UUID.randomUUID();
            step.caseId = kase.id;
            step.kind = StepKind.AGREED_STEP;
            step.description = "Apply";
            step.responsible = Responsible.CUSTOMER;
            step.dueDate = LocalDate.of(2099, 1, 31);
            step.status = ImplementationStep.Status.OPEN;
            step.persist();
            return new Fixture(kase.id, customerNumber, need.id, step.id,
                    List.of(customerNumber, strength, conclusion, noteText, goal));
        });
    }

    /** A deputyship of the deputy for {@link #INGA_COUNSELLOR}, its days relative to the agency's today. */
    public static void deputy(String deputy, int fromDays, int untilDays) {
        LocalDate today = LocalDate.now(AgencyClock.ZONE);
        QuarkusTransaction.requiringNew().run(() -> DeputyReplica.assign(UUID.randomUUID(), INGA_COUNSELLOR, deputy,
                today.plusDays(fromDays), today.plusDays(untilDays)));
    }
}
