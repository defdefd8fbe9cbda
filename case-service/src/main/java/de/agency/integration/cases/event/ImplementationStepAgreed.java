package de.agency.integration.cases.event;

import de.agency.integration.cases.domain.Responsible;
import de.agency.integration.cases.domain.StepKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Event data of {@code ImplementationStepAgreed}: a step of phase 4 with its due date; its description stays here. */
public record ImplementationStepAgreed(int schemaVersion, UUID caseId, UUID stepId, StepKind kind,
                                       Responsible responsible, LocalDate dueOn, OffsetDateTime agreedAt) {

    public static final String TYPE = "ImplementationStepAgreed";
}
