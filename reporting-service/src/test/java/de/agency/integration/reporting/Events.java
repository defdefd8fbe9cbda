package de.agency.integration.reporting;

import de.agency.integration.contracts.EventContract;
import de.agency.integration.testing.TestKafka;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** A known sequence of events, each checked against the AsyncAPI contract, sent and kept to be sent again. */
final class Events {

    private final List<ProducerRecord<String, String>> sent = new ArrayList<>();
    private final List<ProducerRecord<String, String>> held = new ArrayList<>();
    private final boolean batched;

    Events() {
        this(false);
    }

    private Events(boolean batched) {
        this.batched = batched;
    }

    /** Events kept until {@link #flush()}, which sends them all through one producer: for thousands of them. */
    static Events batched() {
        return new Events(true);
    }

    void send(String topic, String key, String type, String data) {
        EventContract.assertAccepted(type, data);
        ProducerRecord<String, String> record = TestKafka.cloudEvent(topic, key, UUID.randomUUID().toString(), type, data);
        if (batched) {
            held.add(record);
        } else {
            TestKafka.send(record);
        }
        sent.add(record);
    }

    /** Sends the events held since the last flush, in their order. */
    void flush() {
        TestKafka.sendAll(held);
        held.clear();
    }

    /** The same records (same event ids) once more, as a redelivery would bring them. */
    void redeliverAll() {
        sent.forEach(TestKafka::send);
    }

    void caseOpened(String caseId, String agency, String team, String legalDomain, String openedAt) {
        send("case-events", caseId, "CaseOpened", """
                {"schemaVersion":2,"caseId":"%s","legalDomain":"%s","agency":"%s",
                 "team":"%s","counsellor":"c","phase":"PROFILING","openedAt":"%sT08:00:00Z"}"""
                .formatted(caseId, legalDomain, agency, team, openedAt));
    }

    void caseErased(String caseId) {
        send("case-events", caseId, "CaseErased", """
                {"schemaVersion":1,"caseId":"%s","erasedAt":"2036-01-05T02:30:00Z"}""".formatted(caseId));
    }

    void noteRecorded(String caseId, String noteType) {
        send("case-events", caseId, "CounsellingNoteRecorded", """
                {"schemaVersion":1,"caseId":"%s","noteId":"%s","noteType":"%s","recordedAt":"2026-01-06T09:00:00Z"}"""
                .formatted(caseId, UUID.randomUUID(), noteType));
    }

    void enrolled(String id, String agency, String team, String counsellor, String on, String latestEnd) {
        enrolled(id, UUID.randomUUID().toString(), agency, team, counsellor, on, latestEnd);
    }

    void enrolled(String id, String caseId, String agency, String team, String counsellor, String on,
                  String latestEnd) {
        send("inga-events", id, "InsetEnrolled", """
                {"schemaVersion":2,"enrollmentId":"%s","caseId":"%s","agency":"%s",
                 "team":"%s","ingaCounsellor":"%s","enrolledAt":"%s","latestEndDate":"%s"}"""
                .formatted(id, caseId, agency, team, counsellor, on, latestEnd));
    }

    /** Schema version 3: with the agency's federal state (null: nationwide holidays only). */
    void enrolledInState(String id, String agency, String team, String counsellor, LocalDate on, String federalState) {
        send("inga-events", id, "InsetEnrolled", """
                {"schemaVersion":3,"enrollmentId":"%s","caseId":"%s","agency":"%s","team":"%s","ingaCounsellor":"%s",
                 "enrolledAt":"%s","latestEndDate":"%s","federalState":%s}""".formatted(id, UUID.randomUUID(), agency,
                team, counsellor, on, on.plusMonths(24), federalState == null ? "null" : "\"" + federalState + "\""));
    }

    // --- the worklist's due dates and timers

    void caseOpenedBy(String caseId, String agency, String team, String counsellor) {
        send("case-events", caseId, "CaseOpened", """
                {"schemaVersion":2,"caseId":"%s","legalDomain":"SGB_III","agency":"%s","team":"%s","counsellor":"%s",
                 "phase":"IMPLEMENTATION_AND_FOLLOW_UP","openedAt":"2026-01-05T08:00:00Z"}"""
                .formatted(caseId, agency, team, counsellor));
    }

    void stepAgreed(String caseId, String stepId, LocalDate dueOn) {
        send("case-events", caseId, "ImplementationStepAgreed", """
                {"schemaVersion":1,"caseId":"%s","stepId":"%s","kind":"AGREED_STEP","responsible":"CUSTOMER",
                 "dueOn":"%s","agreedAt":"2026-01-06T09:00:00Z"}""".formatted(caseId, stepId, dueOn));
    }

    void stepStatus(String caseId, String stepId, String status, LocalDate dueOn) {
        send("case-events", caseId, "ImplementationStepStatusChanged", """
                {"schemaVersion":1,"caseId":"%s","stepId":"%s","status":"%s","dueOn":"%s",
                 "changedAt":"2026-01-07T09:00:00Z"}""".formatted(caseId, stepId, status, dueOn));
    }

    void stepOverdue(String caseId, String stepId, LocalDate dueOn) {
        send("case-events", caseId, "ImplementationStepOverdue", """
                {"schemaVersion":1,"caseId":"%s","stepId":"%s","dueOn":"%s","firedAt":"%sT01:00:00Z"}"""
                .formatted(caseId, stepId, dueOn, dueOn.plusDays(1)));
    }

    /** Schema version 2: a talk, planning the next on {@code next} (or none). */
    void followUp(String caseId, String followUpId, LocalDate next) {
        send("case-events", caseId, "FollowUpRecorded", """
                {"schemaVersion":2,"caseId":"%s","followUpId":"%s","heldOn":"2026-01-08","reopensProfiling":false,
                 "nextFollowUpOn":%s,"recordedAt":"2026-01-08T09:00:00Z"}"""
                .formatted(caseId, followUpId, next == null ? "null" : "\"" + next + "\""));
    }

    void followUpOverdue(String caseId, String followUpId, LocalDate dueOn) {
        send("case-events", caseId, "FollowUpOverdue", """
                {"schemaVersion":1,"caseId":"%s","followUpId":"%s","dueOn":"%s","firedAt":"%sT01:00:00Z"}"""
                .formatted(caseId, followUpId, dueOn, dueOn.plusDays(1)));
    }

    void caseClosed(String caseId) {
        send("case-events", caseId, "CaseClosed", """
                {"schemaVersion":1,"caseId":"%s","reason":"INTEGRATED","lastPhase":"IMPLEMENTATION_AND_FOLLOW_UP",
                 "closedAt":"2026-01-09T09:00:00Z"}""".formatted(caseId));
    }

    void caseRestricted(String caseId, boolean restricted) {
        send("case-events", caseId, restricted ? "CaseRestricted" : "CaseRestrictionLifted", """
                {"schemaVersion":1,"caseId":"%s","%s":"2026-01-09T09:00:00Z"}"""
                .formatted(caseId, restricted ? "restrictedAt" : "liftedAt"));
    }

    /** Schema version 4: with the first meeting's due date. */
    void enrolledWithDueDate(String id, String caseId, String agency, String team, String counsellor, LocalDate on,
                             LocalDate firstMeetingDue) {
        send("inga-events", id, "InsetEnrolled", """
                {"schemaVersion":4,"enrollmentId":"%s","caseId":"%s","agency":"%s","team":"%s","ingaCounsellor":"%s",
                 "enrolledAt":"%s","latestEndDate":"%s","federalState":"nw","firstMeetingDueOn":"%s"}"""
                .formatted(id, caseId, agency, team, counsellor, on, on.plusMonths(24), firstMeetingDue));
    }

    void firstMeetingOverdue(String enrollment, String caseId, LocalDate dueOn) {
        send("inga-events", enrollment, "FirstMeetingOverdue", """
                {"schemaVersion":1,"enrollmentId":"%s","caseId":"%s","dueOn":"%s","firedAt":"%sT01:00:00Z"}"""
                .formatted(enrollment, caseId, dueOn, dueOn.plusDays(1)));
    }

    void endingSoon(String enrollment, String caseId, LocalDate latestEnd) {
        send("inga-events", enrollment, "EnrollmentEndingSoon", """
                {"schemaVersion":1,"enrollmentId":"%s","caseId":"%s","latestEndDate":"%s","firedAt":"%sT01:00:00Z"}"""
                .formatted(enrollment, caseId, latestEnd, latestEnd.minusDays(60)));
    }

    void referred(String referral, String caseId, String agency, String toTeam, String on) {
        send("inga-events", referral, "IngaReferred", """
                {"schemaVersion":1,"referralId":"%s","caseId":"%s","agency":"%s","fromTeam":"X90-%s-CASE",
                 "toTeam":"%s","referredOn":"%s"}""".formatted(referral, caseId, agency, agency, toTeam, on));
    }

    void referralDeclined(String referral, String caseId, String agency, String team, String reason, String on) {
        send("inga-events", referral, "IngaReferralDeclined", """
                {"schemaVersion":1,"referralId":"%s","caseId":"%s","agency":"%s","team":"%s","reason":"%s",
                 "declinedOn":"%s"}""".formatted(referral, caseId, agency, team, reason, on));
    }

    void firstMeeting(String enrollment, String agency, String team, String acceptedOn, String heldOn, int workingDays) {
        send("inga-events", enrollment, "IngaFirstMeetingHeld", """
                {"schemaVersion":1,"enrollmentId":"%s","caseId":"%s","agency":"%s","team":"%s","ingaCounsellor":"c",
                 "acceptedOn":"%s","heldOn":"%s","workingDaysSinceAcceptance":%d,"correction":false}"""
                .formatted(enrollment, UUID.randomUUID(), agency, team, acceptedOn, heldOn, workingDays));
    }

    void contact(String enrollment, String form, String on) {
        send("inga-events", enrollment, "IngaContactRecorded", """
                {"schemaVersion":1,"enrollmentId":"%s","contactId":"%s","agency":"A","team":"T",
                 "ingaCounsellor":"c","form":"%s","contactDate":"%s"}""".formatted(enrollment, UUID.randomUUID(), form, on));
    }

    void exit(String enrollment, String agency, String reason, String on, int months) {
        send("inga-events", enrollment, "ExitReasonRecorded", """
                {"schemaVersion":1,"enrollmentId":"%s","caseId":"%s","agency":"%s","team":"T","ingaCounsellor":"c",
                 "reason":"%s","exitDate":"%s","monthsInInga":%d}"""
                .formatted(enrollment, UUID.randomUUID(), agency, reason, on, months));
    }

    void earlyExitRefused(String enrollment, String agency, String team, String on, int months) {
        send("inga-events", enrollment, "EarlyExitRefused", """
                {"schemaVersion":1,"enrollmentId":"%s","caseId":"%s","agency":"%s","team":"%s","ingaCounsellor":"c",
                 "reason":"COUNSELLING_NOT_PURPOSEFUL","attemptedOn":"%s","monthsInInga":%d,"minMonthsInInga":6}"""
                .formatted(enrollment, UUID.randomUUID(), agency, team, on, months));
    }

    void membership(String user, String team, String teamType, String agency, String function, String change) {
        send("access-events", user, "TeamMembershipChanged", """
                {"schemaVersion":1,"userId":"%s","team":"%s","teamType":"%s","agency":"%s","function":"%s",
                 "change":"%s","effectiveOn":"2025-01-01"}""".formatted(user, team, teamType, agency, function, change));
    }

    void deputyAssigned(String counsellor, String deputy, LocalDate from, LocalDate until) {
        UUID deputyship = UUID.randomUUID();
        send("access-events", deputyship.toString(), "DeputyAssigned", """
                {"schemaVersion":1,"deputyshipId":"%s","counsellorId":"%s","deputyId":"%s","validFrom":"%s",
                 "validUntil":"%s"}""".formatted(deputyship, counsellor, deputy, from, until));
    }

    void roleGranted(String user, String role) {
        roleGranted(user, role, "X90-T");
    }

    void roleGranted(String user, String role, String team) {
        send("access-events", user, "RoleGranted", """
                {"schemaVersion":1,"grantId":"%s","userId":"%s","role":"%s","cause":"AUTO_FROM_X90",
                 "team":"%s","grantedAt":"2025-01-01T08:00:00Z"}""".formatted(UUID.randomUUID(), user, role, team));
    }

    void certified(String user, String group, String on) {
        send("access-events", user, "IngaCertificationRecorded", """
                {"schemaVersion":1,"certificationId":"%s","userId":"%s","certificationGroup":"%s","certifiedOn":"%s",
                 "recordedBy":"admin","recordedAt":"%sT09:00:00Z"}""".formatted(UUID.randomUUID(), user, group, on, on));
    }

    void reflectionDayProposed(String id, String proposer, String group, String plannedOn) {
        send("access-events", proposer, "ReflectionDayProposed", """
                {"schemaVersion":1,"reflectionDayId":"%s","certificationGroup":"%s","plannedOn":"%s",
                 "proposedBy":"%s","proposedAt":"2025-01-02T09:00:00Z"}""".formatted(id, group, plannedOn, proposer));
    }

    void reflectionDayDecided(String id, String proposer, String group, String plannedOn, String decision) {
        send("access-events", proposer, "ReflectionDayDecided", """
                {"schemaVersion":1,"reflectionDayId":"%s","certificationGroup":"%s","plannedOn":"%s",
                 "decision":"%s","decidedBy":"lead","decidedAt":"2025-01-03T09:00:00Z"}"""
                .formatted(id, group, plannedOn, decision));
    }
}
