package de.agency.integration.outbox;

import java.util.UUID;

/** CDI event: an event went into the outbox in the current transaction; its relay wakes once that commits. */
record EventRecorded(UUID eventId) {
}
