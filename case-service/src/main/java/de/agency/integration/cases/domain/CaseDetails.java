package de.agency.integration.cases.domain;

import java.util.List;

/**
 * A case with its strategies, agreed steps and follow-ups, as a case's answer shows it: loaded in the service's
 * transaction, so that the answer is mapped from what was read there.
 */
public record CaseDetails(IntegrationCase kase, List<SelectedStrategy> strategies, List<ImplementationStep> steps,
                          List<FollowUp> followUps) {

    /** The case's strategies, steps and follow-ups, read now (three statements). */
    public static CaseDetails of(IntegrationCase kase) {
        return new CaseDetails(kase, SelectedStrategy.of(kase.id), ImplementationStep.of(kase.id),
                FollowUp.of(kase.id));
    }
}
