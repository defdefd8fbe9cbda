package de.agency.integration.access.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.agency.integration.access.domain.TeamFunction;
import de.agency.integration.access.domain.TeamType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One X90 membership of an import (a JSON array element or a CSV line with these column names). */
@Schema(name = "MembershipRow")
@JsonPropertyOrder({"x90", "teamType", "agency", "userId", "function", "startDate", "endDate"})
public record MembershipRow(
        @Schema(examples = "X90-311-INGA1") @NotNull @Pattern(regexp = X90.PATTERN) @Size(max = 32) String x90,
        @Schema(examples = "INGA") @NotNull TeamType teamType,
        @Schema(examples = "311") @NotBlank @Size(max = 16) String agency,
        @Schema(examples = "counsellor") @NotBlank @Size(max = 64) String userId,
        @Schema(examples = "COUNSELLOR") @NotNull TeamFunction function,
        @Schema(examples = "2019-06-01") @NotNull LocalDate startDate,
        @Schema(description = "Set for a membership that has ended") LocalDate endDate) {
}
