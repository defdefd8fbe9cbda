package de.agency.integration.reporting.service;

import de.agency.integration.privacy.AccessLog;
import de.agency.integration.privacy.RetentionRule;
import de.agency.integration.privacy.RetentionRules;
import de.agency.integration.reporting.domain.CaseFact;
import de.agency.integration.reporting.domain.EnrollmentFact;
import de.agency.integration.reporting.domain.WorklistItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * reporting-service's part of the data lifecycle (DESIGN.md 1.6). It keeps no customer number and no free text: its
 * facts name cases and enrollments by id only, and once a case is erased no report row names it, while every count
 * stays. A subject access therefore asks by the case ids case-service's export names.
 */
@ApplicationScoped
public class ReportingPrivacy implements RetentionRules {

    /** A case's facts: the case, its enrollments (their contacts counted), its worklist's due dates. */
    public record CaseFacts(CaseFact kase, List<EnrollmentFact> enrollments, List<WorklistItem> worklist) {
    }

    private final AccessLog accessLog;

    ReportingPrivacy(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    public List<RetentionRule> rules() {
        return List.of(new RetentionRule("facts of cases, enrollments, contacts and exits (ids and codes; no customer "
                + "number, no free text)", null, "as long as reports count them",
                "kept; from CaseErased on no report row names the case or its enrollments, every count stays"),
                new RetentionRule("worklist items: due dates of steps, follow-up talks, first meetings and enrollment "
                        + "ends (ids, codes, days)", null, "while open; met ones until the case's erasure",
                        "deleted with CaseErased"));
    }

    @Transactional
    public List<CaseFacts> ofCases(List<UUID> caseIds) {
        List<CaseFacts> facts = caseIds.stream().map(id -> CaseFact.<CaseFact>findById(id))
                .filter(Objects::nonNull)
                .map(kase -> new CaseFacts(kase, EnrollmentFact.list("caseId", kase.caseId),
                        WorklistItem.list("caseId", kase.caseId)))
                .toList();
        accessLog.read(AccessLog.SUBJECT_ACCESS, facts.stream()
                .map(found -> new AccessLog.Subject(found.kase().caseId.toString(), null)).toList());
        return facts;
    }
}
