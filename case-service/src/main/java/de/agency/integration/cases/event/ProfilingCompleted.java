package de.agency.integration.cases.event;

import de.agency.integration.cases.domain.LegalDomain;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Event data of {@code ProfilingCompleted}: the derived profile category and the need dimensions, no free text.
 *
 * @param profilingAssessmentNote whether a PROFILING_ASSESSMENT note exists (SGB II minimum-standard reporting)
 * @param conclusionInNote        whether the conclusion is documented in such a note rather than in the case
 */
public record ProfilingCompleted(int schemaVersion, UUID caseId, LegalDomain legalDomain, String agency, String team,
                                 String profileCategory, List<String> needDimensions, boolean profilingAssessmentNote,
                                 boolean conclusionInNote, OffsetDateTime completedAt) {

    public static final String TYPE = "ProfilingCompleted";
}
