package de.agency.integration.cases.service;

import de.agency.integration.cases.catalogue.CatalogueService;
import de.agency.integration.cases.domain.CaseAction;
import de.agency.integration.cases.domain.CounsellingNote;
import de.agency.integration.cases.event.CaseEventPublisher;
import de.agency.integration.cases.event.CounsellingNoteRecorded;
import de.agency.integration.clock.AgencyClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Beratungsvermerke: appended, never changed. */
@ApplicationScoped
public class NoteService {

    private final CatalogueService catalogue;
    private final CaseEventPublisher events;
    private final CasePolicy policy;
    private final AgencyClock clock;

    NoteService(CatalogueService catalogue, CaseEventPublisher events, CasePolicy policy, AgencyClock clock) {
        this.catalogue = catalogue;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public CounsellingNote record(UUID caseId, String type, String text) {
        policy.forWrite(caseId, CaseAction.RECORD_NOTE);
        catalogue.requireNoteType("type", type);
        CounsellingNote note = new CounsellingNote();
        note.id = UUID.randomUUID();
        note.caseId = caseId;
        note.type = type;
        note.author = policy.userId();
        note.recordedAt = clock.now();
        note.text = text;
        note.persist();
        events.publish(caseId, CounsellingNoteRecorded.TYPE,
                new CounsellingNoteRecorded(1, caseId, note.id, type, note.recordedAt));
        return note;
    }

    /** A read of the case, recorded in the access log. */
    @Transactional
    public List<CounsellingNote> of(UUID caseId) {
        policy.forRead(caseId);
        return CounsellingNote.of(caseId);
    }
}
