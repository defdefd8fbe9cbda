package de.agency.integration.cases.service;

import de.agency.integration.cases.catalogue.CatalogueService;
import de.agency.integration.cases.domain.CaseAction;
import de.agency.integration.cases.domain.CaseDetails;
import de.agency.integration.cases.domain.CounsellingNote;
import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.cases.domain.LegalDomain;
import de.agency.integration.cases.domain.NeedForAction;
import de.agency.integration.cases.domain.Phase;
import de.agency.integration.cases.event.CaseEventPublisher;
import de.agency.integration.cases.event.ProfilingCompleted;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Standortbestimmung: strengths, needs for action, the conclusion, and completing the phase. */
@ApplicationScoped
public class ProfilingService {

    static final String SGB2_RULE = "SGB2_FIRST_COUNSELLING_NEEDS_PROFILING_ASSESSMENT_NOTE";
    static final String CONCLUSION_RULE = "PROFILING_NEEDS_CONCLUSION";

    private final CatalogueService catalogue;
    private final CaseEventPublisher events;
    private final CasePolicy policy;
    private final AgencyClock clock;

    ProfilingService(CatalogueService catalogue, CaseEventPublisher events, CasePolicy policy, AgencyClock clock) {
        this.catalogue = catalogue;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    public record Need(String dimension, String description) {
    }

    @Transactional
    public CaseDetails record(UUID caseId, List<String> strengths, List<Need> needs, String conclusion) {
        IntegrationCase profiled = policy.forWrite(caseId, CaseAction.RECORD_PROFILING);
        List<NeedForAction> recorded = new ArrayList<>();
        for (int i = 0; i < needs.size(); i++) {
            catalogue.requireKeyDimension("needs[" + i + "].dimension", needs.get(i).dimension());
            NeedForAction need = new NeedForAction();
            need.id = UUID.randomUUID();
            need.dimension = needs.get(i).dimension();
            need.description = needs.get(i).description();
            recorded.add(need);
        }
        profiled.recordProfiling(strengths, recorded, conclusion);
        return CaseDetails.of(profiled);
    }

    /**
     * Completes profiling: the conclusion must be documented in the case's field or in a PROFILING_ASSESSMENT note;
     * in SGB II the note is required (minimum standard of the first counselling). Derives the profile category.
     */
    @Transactional
    public CaseDetails complete(UUID caseId) {
        IntegrationCase profiled = policy.forWrite(caseId, CaseAction.COMPLETE_PROFILING);
        boolean assessmentNote = CounsellingNote.exists(caseId, CounsellingNote.PROFILING_ASSESSMENT);
        if (profiled.legalDomain == LegalDomain.SGB_II && !assessmentNote) {
            throw new RuleViolationException(SGB2_RULE, "In SGB II the first counselling needs a counselling note of type "
                    + "PROFILING_ASSESSMENT (Beratungsvermerk zur Standortbestimmung); the conclusion field alone does "
                    + "not meet the minimum standard");
        }
        if (!assessmentNote && !profiled.hasConclusion()) {
            throw new RuleViolationException(CONCLUSION_RULE, "conclusion", "Profiling is complete only with a "
                    + "conclusion (Fazit), in field 'conclusion' or as a counselling note of type PROFILING_ASSESSMENT");
        }
        profiled.profileCategory = catalogue.derivation().derive(profiled.needDimensions());
        OffsetDateTime now = clock.now();
        profiled.moveTo(Phase.GOAL_SETTING, "PROFILING_COMPLETED", policy.userId(), now);
        events.publish(caseId, ProfilingCompleted.TYPE, new ProfilingCompleted(1, caseId, profiled.legalDomain,
                profiled.agency, profiled.team, profiled.profileCategory, List.copyOf(profiled.needDimensions()),
                assessmentNote, !profiled.hasConclusion(), now));
        return CaseDetails.of(profiled);
    }
}
