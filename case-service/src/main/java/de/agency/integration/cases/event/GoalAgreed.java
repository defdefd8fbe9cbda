package de.agency.integration.cases.event;

import de.agency.integration.cases.domain.GoalKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Event data of {@code GoalAgreed}: the kind of goal and its target date, not its wording. */
public record GoalAgreed(int schemaVersion, UUID caseId, GoalKind goalKind, LocalDate targetDate,
                         OffsetDateTime agreedAt) {

    public static final String TYPE = "GoalAgreed";
}
