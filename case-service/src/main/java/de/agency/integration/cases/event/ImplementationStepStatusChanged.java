package de.agency.integration.cases.event;

import de.agency.integration.cases.domain.ImplementationStep;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Event data of {@code ImplementationStepStatusChanged}: a step marked done, or open again (due on its day). */
public record ImplementationStepStatusChanged(int schemaVersion, UUID caseId, UUID stepId,
                                              ImplementationStep.Status status, LocalDate dueOn,
                                              OffsetDateTime changedAt) {

    public static final String TYPE = "ImplementationStepStatusChanged";
}
