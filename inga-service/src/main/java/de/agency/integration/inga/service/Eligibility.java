package de.agency.integration.inga.service;

import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.errors.StateConflictException;
import de.agency.integration.inga.domain.CaseCustomer;
import de.agency.integration.inga.domain.CaseReplica;
import de.agency.integration.inga.domain.EligibleProfileCategory;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.domain.ExclusionCriterion;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who may come to Inga (DESIGN.md 1.2): an SGB III customer with a complex profile category, no exclusion criterion,
 * no open enrollment, a case known here and not restricted. The same rules for a referral and an enrollment; each
 * refusal a 422 naming the rule.
 */
final class Eligibility {

    /** A case whose customer may be enrolled, with the customer's number. */
    record Enrollable(CaseReplica kase, String customerNumber) {
    }

    private Eligibility() {
    }

    /** @param circumstances codes of the exclusion catalogue that apply to the customer */
    static Enrollable requireEnrollable(UUID caseId, Set<String> circumstances) {
        CaseReplica kase = CaseReplica.findById(caseId);
        if (kase == null) {
            throw new RuleViolationException("CASE_UNKNOWN", "caseId", "Case " + caseId
                    + " is not known to inga-service (yet); it learns cases from case-service's events");
        }
        String customerNumber = CaseCustomer.numberOf(caseId).orElseThrow(() -> new RuleViolationException(
                "CASE_UNKNOWN", "caseId", "The customer of case " + caseId + " is not known to inga-service (yet); it "
                + "learns it from case-service's topic case-customers"));
        if (kase.restricted) {
            throw new StateConflictException("Case " + caseId + " is restricted (Art. 18 GDPR): nobody enrolls its "
                    + "customer until the restriction is lifted", List.of());
        }
        requireEligible(kase, circumstances);
        Enrollment.openOfCustomer(customerNumber).ifPresent(open -> {
            throw new RuleViolationException("ONE_OPEN_ENROLLMENT_PER_CUSTOMER", "caseId", "The customer of case "
                    + caseId + " is enrolled already (enrollment " + open.id + ")");
        });
        return new Enrollable(kase, customerNumber);
    }

    private static void requireEligible(CaseReplica kase, Set<String> circumstances) {
        if (!"SGB_III".equals(kase.legalDomain)) {
            throw new RuleViolationException("SGB_III_ONLY", "caseId", "Inga is for SGB III customers only; case "
                    + kase.caseId + " is in " + kase.legalDomain);
        }
        if (kase.closed) {
            throw new RuleViolationException("EXCLUDED", "caseId", excluded(ExclusionCriterion.CASE_CLOSED));
        }
        Set<String> known = ExclusionCriterion.catalogue().stream().map(c -> c.code).collect(Collectors.toSet());
        for (String circumstance : circumstances) {
            if (!known.contains(circumstance)) {
                throw new RuleViolationException("UNKNOWN_CIRCUMSTANCE", "circumstances", "Unknown circumstance "
                        + circumstance + "; allowed: " + known.stream().sorted().toList());
            }
        }
        if (!circumstances.isEmpty()) {
            throw new RuleViolationException("EXCLUDED", "circumstances",
                    excluded(circumstances.stream().sorted().findFirst().orElseThrow()));
        }
        List<String> eligible = EligibleProfileCategory.codes();
        if (kase.profileCategory == null || !eligible.contains(kase.profileCategory)) {
            throw new RuleViolationException("COMPLEX_PROFILE_REQUIRED", "caseId", "Inga needs a complex profile "
                    + "category " + eligible + "; case " + kase.caseId + " has "
                    + (kase.profileCategory == null ? "no completed profiling" : kase.profileCategory));
        }
    }

    private static String excluded(String code) {
        ExclusionCriterion criterion = ExclusionCriterion.findById(code);
        return "Excluded from Inga: " + code + " (" + criterion.explanation + ")";
    }
}
