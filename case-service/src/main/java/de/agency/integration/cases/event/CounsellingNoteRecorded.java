package de.agency.integration.cases.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Event data of {@code CounsellingNoteRecorded}: the note's type only, never its text. */
public record CounsellingNoteRecorded(int schemaVersion, UUID caseId, UUID noteId, String noteType,
                                      OffsetDateTime recordedAt) {

    public static final String TYPE = "CounsellingNoteRecorded";
}
