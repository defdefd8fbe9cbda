package de.agency.integration.cases.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Event data of the timer event {@code ImplementationStepOverdue}: an agreed step's due date passed while open. */
public record ImplementationStepOverdue(int schemaVersion, UUID caseId, UUID stepId, LocalDate dueOn,
                                        OffsetDateTime firedAt) {

    public static final String TYPE = "ImplementationStepOverdue";
}
