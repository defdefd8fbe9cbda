package de.agency.integration.cases.service;

import de.agency.integration.cases.catalogue.CatalogueService;
import de.agency.integration.cases.domain.CaseAction;
import de.agency.integration.cases.domain.CounsellingNote;
import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.cases.event.CaseEvents;
import de.agency.integration.cases.event.CounsellingNoteRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Beratungsvermerke: appended, never changed. */
@ApplicationScoped
public class NoteService {

    private final CatalogueService catalogue;
    private final CaseEvents events;
    private final CaseAccess access;
    private final Clock clock;

    NoteService(CatalogueService catalogue, CaseEvents events, CaseAccess access, Clock clock) {
        this.catalogue = catalogue;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public CounsellingNote record(UUID caseId, String type, String text) {
        access.forWrite(caseId, CaseAction.RECORD_NOTE);
        catalogue.requireNoteType("type", type);
        CounsellingNote note = new CounsellingNote();
        note.id = UUID.randomUUID();
        note.caseId = caseId;
        note.type = type;
        note.author = access.userId();
        note.recordedAt = OffsetDateTime.now(clock);
        note.text = text;
        note.persist();
        events.publish(caseId, CounsellingNoteRecorded.TYPE,
                new CounsellingNoteRecorded(1, caseId, note.id, type, note.recordedAt));
        return note;
    }

    public List<CounsellingNote> of(UUID caseId) {
        access.forRead(caseId);
        return CounsellingNote.of(caseId);
    }
}
