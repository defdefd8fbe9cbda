package de.agency.integration.cases.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.cases.privacy.CasePrivacyService;
import de.agency.integration.cases.privacy.CustomerNumbersInKafka;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.privacy.DataProtectionOfficer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Restriction, erasure and subject access of cases (DESIGN.md 1.6), for the data protection officer only. */
@Path("/privacy")
@Tag(name = "Privacy")
@SecurityRequirement(name = "keycloak")
@RolesAllowed(DataProtectionOfficer.ROLE)
public class CasePrivacyResource {

    private final CasePrivacyService privacy;
    private final CustomerNumbersInKafka kafka;
    private final AgencyClock clock;

    CasePrivacyResource(CasePrivacyService privacy, CustomerNumbersInKafka kafka, AgencyClock clock) {
        this.privacy = privacy;
        this.kafka = kafka;
        this.clock = clock;
    }

    @Schema(name = "RestrictionRequest")
    public record RestrictionRequest(@Schema(description = "Why, e.g. a pending appeal; kept here, never in an event",
            examples = "Appeal pending at the social court") @NotBlank @Size(max = 500) String reason) {
    }

    public record RestrictionView(UUID caseId, @Schema(nullable = true) OffsetDateTime restrictedAt,
                                  @Schema(nullable = true) String reason) {

        static RestrictionView of(IntegrationCase kase) {
            return new RestrictionView(kase.id, kase.restrictedAt, kase.restrictionReason);
        }
    }

    /** One case as the subject access shows it: the case, its counselling notes and its history. */
    public record CaseRecord(@JsonProperty("case") CaseView kase, @Schema(nullable = true) RestrictionView restriction,
                             List<NoteResource.NoteView> notes,
                             List<CaseResource.TransitionView> history) {
    }

    @Schema(name = "CaseServiceSubjectAccess")
    public record SubjectAccess(String customerNumber, String service, OffsetDateTime exportedAt,
                                List<CaseRecord> cases,
                                @Schema(description = "Where Kafka holds the customer number of each case above, and "
                                        + "how soon after an erasure it is physically gone")
                                CustomerNumbersInKafka.Holding customerNumberInKafka) {
    }

    @Schema(name = "CaseErasure")
    public record ErasureView(UUID caseId, OffsetDateTime erasedAt,
                              @Schema(description = "When the customer number is physically gone from Kafka at the "
                                      + "latest (the compacted topic's record superseded by the erasure's tombstone); "
                                      + "null if the topic is not compacted")
                              OffsetDateTime customerNumberGoneFromKafkaBy,
                              CustomerNumbersInKafka.Holding customerNumberInKafka) {
    }

    @POST
    @Path("/cases/{id}/restrict")
    @Operation(operationId = "restrictCase",
            summary = "Restrict the case (Art. 18 GDPR): frozen, read only by the data protection officer",
            description = "Publishes CaseRestricted; inga-service freezes the case's Inga data as well. 409 if "
                    + "restricted already.")
    public RestrictionView restrict(@PathParam("id") UUID id, @NotNull @Valid RestrictionRequest request) {
        return RestrictionView.of(privacy.restrict(id, request.reason()));
    }

    @POST
    @Path("/cases/{id}/lift")
    @Operation(operationId = "liftCaseRestriction",
            summary = "Lift the restriction; publishes CaseRestrictionLifted. 409 if the case is not restricted")
    public RestrictionView lift(@PathParam("id") UUID id) {
        return RestrictionView.of(privacy.lift(id));
    }

    @POST
    @Path("/cases/{id}/erase")
    @Operation(operationId = "eraseCase", summary = "Erase a closed case now (Art. 17 GDPR), whatever its retention",
            description = "Deletes its personal data, publishes CaseErased and erases the customer number from the "
                    + "compacted topic case-customers; inga-service and reporting-service follow. The answer says "
                    + "when the number is physically gone from Kafka, from the topic's settings. 409 while the case "
                    + "is open or restricted; 404 once erased.")
    public ErasureView erase(@PathParam("id") UUID id) {
        OffsetDateTime erasedAt = privacy.erase(id);
        CustomerNumbersInKafka.Holding holding = kafka.holding();
        return new ErasureView(id, erasedAt, holding.removedBy(erasedAt), holding);
    }

    @GET
    @Path("/customers/{customerNumber}")
    @Operation(operationId = "getCaseSubjectData",
            summary = "Everything case-service holds about one customer (Art. 15 GDPR), as one document",
            description = "Cases with profiling, goal, strategies, steps, follow-ups, notes and history; restricted "
                    + "cases included. Recorded in the access log.")
    public SubjectAccess subjectAccess(@PathParam("customerNumber") @Pattern(regexp = "\\d{3}[A-Z]\\d{6}")
                                       String customerNumber) {
        return new SubjectAccess(customerNumber, "case-service", clock.now(), privacy.casesOf(customerNumber).stream()
                .map(data -> new CaseRecord(CaseView.full(data.details()),
                        data.details().kase().isRestricted() ? RestrictionView.of(data.details().kase()) : null,
                        data.notes().stream().map(NoteResource.NoteView::of).toList(),
                        data.history().stream().map(CaseResource.TransitionView::of).toList()))
                .toList(), kafka.holding());
    }
}
