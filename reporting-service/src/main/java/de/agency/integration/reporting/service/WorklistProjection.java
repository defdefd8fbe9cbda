package de.agency.integration.reporting.service;

import de.agency.integration.reporting.domain.CaseFact;
import de.agency.integration.reporting.domain.EnrollmentFact;
import de.agency.integration.reporting.domain.WorklistItem;
import de.agency.integration.reporting.domain.WorklistKind;
import de.agency.integration.reporting.event.IngaEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The worklist's items from the events of {@code case-events} and {@code inga-events} (called by their projections,
 * in the inbox's transaction): a due date set opens an item, met it is done, passed unmet its timer event marks it.
 */
@ApplicationScoped
public class WorklistProjection {

    /** A step or a planned talk of the case, for whoever works the case now. */
    void caseItemDue(WorklistKind kind, UUID subjectId, CaseFact kase, LocalDate dueOn) {
        WorklistItem item = WorklistItem.of(kind, subjectId);
        item.caseId = kase.caseId;
        item.agency = kase.agency;
        EnrollmentFact enrolled = EnrollmentFact.<EnrollmentFact>find("caseId = ?1 and exitDate is null", kase.caseId)
                .firstResult();
        item.team = enrolled == null ? kase.team : enrolled.team;
        item.owner = enrolled == null ? kase.counsellor : enrolled.ingaCounsellor;
        item.dueOn = dueOn;
        item.done = false;
        item.persist();
    }

    /** A talk meets the one planned before it. */
    void followUpHeld(UUID caseId) {
        WorklistItem.update("done = true where kind = ?1 and caseId = ?2", WorklistKind.FOLLOW_UP, caseId);
    }

    /** A closed case has no due dates left; its Inga items end with the enrollment's exit. */
    void caseClosed(UUID caseId) {
        WorklistItem.update("done = true where caseId = ?1 and enrollmentId is null", caseId);
    }

    void caseErased(UUID caseId) {
        WorklistItem.delete("caseId", caseId);
    }

    /**
     * The first meeting (where the event carries its due date) and the end of the 24 months; the Inga counsellor
     * works the case now, so its open steps and talks move to him or her.
     */
    void enrolled(IngaEvents.InsetEnrolled enrolled) {
        moveOpenCaseItems(enrolled.caseId(), enrolled.ingaCounsellor(), enrolled.team());
        if (enrolled.firstMeetingDueOn() != null) {
            enrollmentItem(WorklistKind.FIRST_MEETING, enrolled, enrolled.firstMeetingDueOn());
        }
        enrollmentItem(WorklistKind.ENROLLMENT_END, enrolled, enrolled.latestEndDate());
    }

    /** Persisted without a lookup: the inbox applies an enrollment once, as it does the enrollment's fact. */
    private static void enrollmentItem(WorklistKind kind, IngaEvents.InsetEnrolled enrolled, LocalDate dueOn) {
        WorklistItem item = new WorklistItem();
        item.kind = kind;
        item.subjectId = enrolled.enrollmentId();
        item.caseId = enrolled.caseId();
        item.enrollmentId = enrolled.enrollmentId();
        item.agency = enrolled.agency();
        item.team = enrolled.team();
        item.owner = enrolled.ingaCounsellor();
        item.federalState = enrolled.federalState();
        item.dueOn = dueOn;
        item.persist();
    }

    /** The enrollment's items are done; the case returns to its team (Rücküberführung) with its open items. */
    void exited(EnrollmentFact enrollment) {
        WorklistItem.update("done = true where enrollmentId = ?1", enrollment.enrollmentId);
        CaseFact.<CaseFact>findByIdOptional(enrollment.caseId)
                .ifPresent(kase -> moveOpenCaseItems(kase.caseId, kase.counsellor, kase.team));
    }

    private static void moveOpenCaseItems(UUID caseId, String owner, String team) {
        WorklistItem.update("owner = ?1, team = ?2 where caseId = ?3 and enrollmentId is null and done = false",
                owner, team, caseId);
    }
}
