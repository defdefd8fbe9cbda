package de.agency.integration.cases.domain;

/** What an implementation step is: an agreed step, or one of the activation offers. */
public enum StepKind {
    AGREED_STEP,
    GROUP_MEASURE,
    APPLICANT_COACHING,
    SELF_MARKETING_STRATEGY
}
