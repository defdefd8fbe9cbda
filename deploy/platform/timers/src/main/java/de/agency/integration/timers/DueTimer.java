package de.agency.integration.timers;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A timer that came due: a due date of {@code kind} (e.g. an agreed step's) for {@code subjectId} in the aggregate
 * {@code aggregateId} (the case, the enrollment: the key of the event it fires) passed unmet.
 */
public record DueTimer(String kind, UUID subjectId, UUID aggregateId, LocalDate dueOn) {
}
