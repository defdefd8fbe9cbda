package de.agency.integration.access.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a lead rejects a reflection day or a supervision request; kept in access-service, never in an event. */
@Schema(name = "Rejection")
public record Rejection(@Schema(description = "Kept for those concerned; never published in an event",
        examples = "The week of the annual planning") @NotBlank @Size(max = 500) String reason) {
}
