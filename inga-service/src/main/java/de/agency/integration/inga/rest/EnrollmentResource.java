package de.agency.integration.inga.rest;

import de.agency.integration.idempotency.AnswerSubject;
import de.agency.integration.idempotency.Idempotent;
import de.agency.integration.inga.domain.Consent;
import de.agency.integration.inga.domain.ConsentType;
import de.agency.integration.inga.domain.Contact;
import de.agency.integration.inga.domain.ContactForm;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.domain.EnrollmentStatus;
import de.agency.integration.inga.service.ConsentService;
import de.agency.integration.inga.service.ContactService;
import de.agency.integration.inga.service.EnrollmentDetails;
import de.agency.integration.inga.service.EnrollmentService;
import de.agency.integration.inga.service.ExitService;
import de.agency.integration.privacy.DataProtectionOfficer;
import de.agency.integration.web.etag.Versioned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Inga enrollments, their contacts, consents and exit. */
@Path("/enrollments")
@Tag(name = "Enrollments")
@SecurityRequirement(name = "keycloak")
public class EnrollmentResource {

    private static final String WORKERS = "INTEGRATION_COUNSELLOR_SGB3";

    private final EnrollmentService enrollments;
    private final ContactService contacts;
    private final ConsentService consents;
    private final ExitService exits;

    EnrollmentResource(EnrollmentService enrollments, ContactService contacts, ConsentService consents,
                       ExitService exits) {
        this.enrollments = enrollments;
        this.contacts = contacts;
        this.consents = consents;
        this.exits = exits;
    }

    @Schema(name = "EnrollmentRequest")
    public record EnrollmentRequest(
            @Schema(examples = "4b1f0f8e-2c4e-4c39-9a51-6c3f6f8f2f11") @NotNull UUID caseId,
            @Schema(description = "Inga counsellor to work the enrollment (the caller if left out); holds "
                    + "INTEGRATION_COUNSELLOR_SGB3, the enrollment belongs to the team that role rests on",
                    examples = "inga-counsellor") @Size(min = 1, max = 64) String ingaCounsellor,
            @Schema(description = "Circumstances from GET /exclusion-criteria that apply to the customer")
            @Size(max = 20) Set<@NotBlank @Size(max = 64) String> circumstances) {
    }

    public record EnrollmentView(UUID id, UUID caseId, String customerNumber, String agency, String team,
                                 String ingaCounsellor, LocalDate enrolledOn, LocalDate latestEndDate,
                                 EnrollmentStatus status, @Schema(nullable = true) String exitReason,
                                 @Schema(nullable = true) LocalDate exitDate,
                                 @Schema(nullable = true) Integer monthsInInga,
                                 @Schema(nullable = true,
                                         description = "Contacts per month over all appointments of all forms")
                                 BigDecimal contactFrequency,
                                 @Schema(description = "The enrollment's version, also its ETag: name it in If-Match to "
                                         + "change the enrollment only while it is still at this version",
                                         examples = "2") long version,
                                 @Schema(nullable = true,
                                         description = "In the answer to an enrollment only: set when the Inga "
                                                 + "counsellor looks after as many open enrollments as the caseload "
                                                 + "key (inga.caseload.key, 65) or more; enrolling beyond it is "
                                                 + "allowed")
                                 String caseloadWarning) implements Versioned, AnswerSubject {

        @Override
        public String subjectId() {
            return id.toString();
        }
    }

    @Schema(name = "ContactRequest")
    public record ContactRequest(@Schema(examples = "PHONE") @NotNull ContactForm form,
                                 @Schema(examples = "2026-11-20") @NotNull LocalDate date,
                                 @Schema(description = "Externals took part (case conference): needs consent "
                                         + "THIRD_PARTY_CASE_CONFERENCE for a GROUP contact") boolean withExternals,
                                 @Schema(description = "Video or audio was recorded: needs consent VIDEO_AUDIO_RECORDING")
                                 boolean recorded) {
    }

    public record ContactView(UUID id, UUID enrollmentId, ContactForm form, LocalDate date, boolean withExternals,
                              boolean recorded, String recordedBy) implements AnswerSubject {

        static ContactView of(Contact c) {
            return new ContactView(c.id, c.enrollmentId, c.form, c.date, c.withExternals, c.recorded, c.recordedBy);
        }

        @Override
        public String subjectId() {
            return enrollmentId.toString();
        }
    }

    @Schema(name = "ConsentRequest")
    public record ConsentRequest(@Schema(examples = "VIDEO_AUDIO_RECORDING") @NotNull ConsentType type,
                                 @Schema(examples = "2026-11-20") @NotNull LocalDate givenOn,
                                 @Schema(examples = "Application training, video, until end of the enrollment")
                                 @NotBlank @Size(max = 500) String scope,
                                 @Schema(description = "The version of the type's letter template the customer signed "
                                         + "(GET /consent-letter-templates); the one in force on givenOn if left out",
                                         examples = "1") @Positive Integer templateVersion) {
    }

    public record ConsentView(UUID id, ConsentType type, LocalDate givenOn, @Schema(nullable = true) String scope,
                              @Schema(nullable = true) LocalDate revokedOn,
                              @Schema(nullable = true, description = "The letter template's version the customer "
                                      + "signed; none for consents recorded before the templates")
                              Integer templateVersion) {

        static ConsentView of(Consent c) {
            return new ConsentView(c.id, c.type, c.givenOn, c.scope, c.revokedOn, c.templateVersion);
        }
    }

    @Schema(name = "ExitRequest")
    public record ExitRequest(@Schema(examples = "INTEGRATED_EMPLOYMENT") @NotBlank @Size(max = 64) String reason,
                              @Schema(description = "Today if left out") LocalDate exitDate,
                              @Schema(description = "Written justification, where the reason requires it")
                              @Size(max = 4000) String justification,
                              @Schema(description = "The Inga service portfolio was exhausted "
                                      + "(required for COUNSELLING_NOT_PURPOSEFUL)") Boolean portfolioExhausted) {
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed(WORKERS)
    @Operation(operationId = "enrollCustomer",
            summary = "Enroll a customer into Inga (InsetEnrolled)", description = "Refused with 422 naming the "
            + "rule: CASE_UNKNOWN, SGB_III_ONLY, EXCLUDED, UNKNOWN_CIRCUMSTANCE, COMPLEX_PROFILE_REQUIRED, "
            + "ONE_OPEN_ENROLLMENT_PER_CUSTOMER, INGA_COUNSELLOR_ROLE_REQUIRED.")
    @APIResponse(responseCode = "422", description = "An eligibility rule is not met",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "201", description = "Customer enrolled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnrollmentView.class)))
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, description = Idempotent.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    public EnrollmentView enroll(@NotNull @Valid EnrollmentRequest request) {
        return view(enrollments.enroll(request.caseId(), request.ingaCounsellor(),
                request.circumstances() == null ? Set.of() : request.circumstances()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({WORKERS, "INGA_ADDITIONAL_PERMISSION", "TEAM_LEAD", DataProtectionOfficer.ROLE})
    @Operation(operationId = "getEnrollment", summary = "An enrollment with its contact frequency")
    @APIResponse(responseCode = "404", description = "No such enrollment",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "200", description = "The enrollment with its contact frequency",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING),
                    description = "The enrollment's version; name it in If-Match to change it only while it is still at that version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnrollmentView.class)))
    public EnrollmentView get(@PathParam("id") UUID id) {
        return view(enrollments.get(id));
    }

    @GET
    @RolesAllowed({WORKERS, "INGA_ADDITIONAL_PERMISSION", "TEAM_LEAD"})
    @Operation(operationId = "searchEnrollments", summary = "Enrollments, soonest end first (at most 500)",
            description = "endingWithinDays=60 lists the open enrollments whose 24 months end within 60 days.")
    public List<EnrollmentView> search(@QueryParam("agency") @Size(max = 16) String agency,
                                       @QueryParam("counsellor") @Size(max = 64) String counsellor,
                                       @QueryParam("status") EnrollmentStatus status,
                                       @QueryParam("endingWithinDays") @Min(0) @Max(730) Integer endingWithinDays) {
        return enrollments.search(agency, counsellor, status, endingWithinDays).stream()
                .map(EnrollmentResource::view).toList();
    }

    @POST
    @Path("/{id}/contacts")
    @ResponseStatus(201)
    @RolesAllowed(WORKERS)
    @Operation(operationId = "recordContact",
            summary = "Record a contact (IngaContactRecorded)", description = "By the Inga counsellor or a "
            + "current deputy. A GROUP contact with externals needs consent THIRD_PARTY_CASE_CONFERENCE, a recording "
            + "VIDEO_AUDIO_RECORDING, valid on the contact's day (422 CONSENT_REQUIRED).")
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, description = Idempotent.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    public ContactView contact(@PathParam("id") UUID id, @NotNull @Valid ContactRequest request) {
        return ContactView.of(contacts.record(id, request.form(), request.date(), request.withExternals(),
                request.recorded()));
    }

    @GET
    @Path("/{id}/contacts")
    @RolesAllowed({WORKERS, "INGA_ADDITIONAL_PERMISSION", "TEAM_LEAD", DataProtectionOfficer.ROLE})
    @Operation(operationId = "listContacts", summary = "The contacts of an enrollment")
    public List<ContactView> contacts(@PathParam("id") UUID id) {
        return contacts.of(id).stream().map(ContactView::of).toList();
    }

    @POST
    @Path("/{id}/consents")
    @ResponseStatus(201)
    @RolesAllowed(WORKERS)
    @Operation(operationId = "recordConsent", summary = "Record a consent (ConsentRecorded; the scope stays here)")
    public ConsentView consent(@PathParam("id") UUID id, @NotNull @Valid ConsentRequest request) {
        return ConsentView.of(consents.record(id, request.type(), request.givenOn(), request.scope(),
                request.templateVersion()));
    }

    @GET
    @Path("/{id}/consents")
    @RolesAllowed({WORKERS, "INGA_ADDITIONAL_PERMISSION", "TEAM_LEAD", DataProtectionOfficer.ROLE})
    @Operation(operationId = "listConsents", summary = "The consents of an enrollment, revoked ones with their day")
    public List<ConsentView> consents(@PathParam("id") UUID id) {
        return consents.of(id).stream().map(ConsentView::of).toList();
    }

    @DELETE
    @Path("/{id}/consents/{consentId}")
    @RolesAllowed(WORKERS)
    @Operation(operationId = "revokeConsent", summary = "Revoke a consent as of today (ConsentRevoked)")
    public ConsentView revoke(@PathParam("id") UUID id, @PathParam("consentId") UUID consentId) {
        return ConsentView.of(consents.revoke(id, consentId));
    }

    @POST
    @Path("/{id}/exit")
    @RolesAllowed(WORKERS)
    @Operation(operationId = "exitEnrollment",
            summary = "End the enrollment with a reason from GET /exit-reasons (ExitReasonRecorded)",
            description = "Refused with 422 naming the rule: EXIT_REASON_FROM_CATALOGUE, NOT_A_REASON_TO_END_INGA "
                    + "(new needs for action, worse prognosis), APPLIED_BY_THE_SERVICE, MINIMUM_MONTHS_IN_INGA (also "
                    + "published as EarlyExitRefused), JUSTIFICATION_REQUIRED, PORTFOLIO_EXHAUSTED_REQUIRED, "
                    + "EXIT_DATE_WITHIN_ENROLLMENT.")
    @APIResponse(responseCode = "409", description = "Ended already",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponseSchema(value = EnrollmentView.class, responseDescription = "The ended enrollment")
    public EnrollmentView exit(@PathParam("id") UUID id, @NotNull @Valid ExitRequest request) {
        return view(exits.exit(id, request.reason(), request.exitDate(), request.justification(),
                request.portfolioExhausted()));
    }

    static EnrollmentView view(EnrollmentDetails details) {
        Enrollment e = details.enrollment();
        return new EnrollmentView(e.id, e.caseId, e.customerNumber, e.agency, e.team, e.ingaCounsellor, e.enrolledOn,
                e.latestEndDate, e.status, e.exitReason, e.exitDate, e.monthsInInga, details.contactFrequency(),
                e.version, details.caseloadWarning());
    }
}
