package de.agency.integration.cases.rest;

import de.agency.integration.cases.domain.LegalDomain;
import de.agency.integration.cases.service.OpenCase;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpenCaseRequest", description = "A case to open for a customer")
public record OpenCaseRequest(
        @Schema(description = "Kundennummer: three digits, a capital letter, six digits", example = "123A456789")
        @NotNull @Pattern(regexp = "\\d{3}[A-Z]\\d{6}", message = "must be three digits, a capital letter and six digits, e.g. 123A456789")
        String customerNumber,

        @Schema(description = "Rechtskreis", example = "SGB_III")
        @NotNull
        LegalDomain legalDomain,

        @Schema(description = "Agency (office) code", example = "311")
        @NotBlank @Size(max = 16)
        String agency,

        @Schema(description = "X90 team id of the responsible team", example = "X90-311-INGA1")
        @NotBlank @Size(max = 32)
        String team,

        @Schema(description = "User id of the responsible counsellor", example = "counsellor")
        @NotBlank @Size(max = 64)
        String counsellor) {

    OpenCase toCommand() {
        return new OpenCase(customerNumber, legalDomain, agency, team, counsellor);
    }
}
