package de.agency.integration.cases.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.agency.integration.cases.domain.CloseReason;
import de.agency.integration.cases.domain.GoalKind;
import de.agency.integration.cases.domain.ImplementationStep;
import de.agency.integration.cases.domain.LegalDomain;
import de.agency.integration.cases.domain.Responsible;
import de.agency.integration.cases.domain.StepKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the 4PM endpoints, validated at the API boundary. */
public final class Requests {

    private Requests() {
    }

    @Schema(name = "ProfilingRequest", description = "Strengths, needs for action and the conclusion; replaces what was recorded")
    public record Profiling(
            @Schema(description = "Stärken/Potenziale", examples = "Reliable, experienced in logistics")
            @NotNull @Size(max = 30) List<@NotBlank @Size(max = 1000) String> strengths,
            @Schema(description = "Handlungsbedarfe, each in one key dimension; no priority (directive)")
            @NotNull @Size(max = 30) List<@NotNull @Valid Need> needs,
            @Schema(description = "Fazit zur Standortbestimmung (or record a PROFILING_ASSESSMENT note instead)",
                    examples = "Good prospects once the forklift licence is renewed")
            @Size(max = 4000) String conclusion) {
    }

    @Schema(name = "NeedRequest")
    public record Need(
            @Schema(description = "Key dimension code from GET /catalogues/key-dimensions", examples = "QUALIFICATION")
            @NotBlank @Size(max = 32) String dimension,
            @Schema(examples = "Forklift licence expired")
            @NotBlank @Size(max = 1000) String description,
            @Schema(hidden = true)
            @JsonProperty("priority")
            @Null(message = "needs for action are not prioritised manually (4PM directive); remove 'priority'")
            Object priority) {
    }

    @Schema(name = "NoteRequest")
    public record Note(
            @Schema(description = "Note type code from GET /catalogues/note-types", examples = "PROFILING_ASSESSMENT")
            @NotBlank @Size(max = 32) String type,
            @Schema(examples = "Conclusion of the profiling: ...")
            @NotBlank @Size(max = 10000) String text) {
    }

    @Schema(name = "GoalRequest")
    public record Goal(
            @NotNull GoalKind kind,
            @Schema(examples = "Warehouse clerk") @NotBlank @Size(max = 1000) String description,
            @Schema(examples = "2027-06-30") @NotNull @FutureOrPresent LocalDate targetDate) {
    }

    @Schema(name = "StrategiesRequest")
    public record Strategies(@NotEmpty @Size(max = 20) List<@NotNull @Valid StrategyChoice> strategies) {
    }

    @Schema(name = "StrategyChoice")
    public record StrategyChoice(
            @Schema(description = "Strategy code from GET /catalogues/action-strategies", examples = "VOCATIONAL_QUALIFICATION")
            @NotBlank @Size(max = 64) String strategy,
            @Schema(description = "Id of a need for action recorded in this case") @NotNull UUID needId) {
    }

    @Schema(name = "StepRequest")
    public record Step(
            @NotNull StepKind kind,
            @Schema(examples = "Apply for three warehouse jobs") @NotBlank @Size(max = 1000) String description,
            @NotNull Responsible responsible,
            @Schema(examples = "2027-01-31") @NotNull @FutureOrPresent LocalDate dueDate) {
    }

    @Schema(name = "StepStatusRequest")
    public record StepStatus(@Schema(examples = "DONE") @NotNull ImplementationStep.Status status) {
    }

    @Schema(name = "FollowUpRequest")
    public record FollowUpTalk(
            @Schema(examples = "2026-11-20") @NotNull @PastOrPresent LocalDate heldOn,
            @Schema(examples = "Two applications sent") @NotBlank @Size(max = 4000) String progress,
            @Schema(description = "Whether the talk reopens profiling (back to phase PROFILING)") boolean reopenProfiling,
            @Schema(description = "The day of the next talk, if one was planned: a due date on the worklist; "
                    + "FollowUpOverdue the day after it unless a talk was recorded by then", examples = "2027-01-15")
            @Future LocalDate nextFollowUpOn) {
    }

    @Schema(name = "HandoverRequest")
    public record Handover(@Schema(examples = "SGB_II") @NotNull LegalDomain toLegalDomain) {
    }

    @Schema(name = "CloseRequest")
    public record Close(@NotNull CloseReason reason) {
    }
}
