package fr.agora.adapter.in.rest.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The JSON shapes of the evaluation scale, evaluations (record, correct, validate, history) and the aggregated state (requests validated with Jakarta validation; responses never domain types). */
public final class AssessmentDtos {

    private AssessmentDtos() {
    }

    public record LevelDto(@NotBlank @Size(max = 8) String code, @NotBlank @Size(max = 200) String label,
                           @Digits(integer = 3, fraction = 2) BigDecimal value,
                           @NotNull Boolean counts) {
    }

    public record ScaleRequest(@NotNull @Min(1) Integer expectedVersion, @NotNull @Digits(integer = 3, fraction = 2) BigDecimal threshold,
                               @NotEmpty @Size(max = 10) @Valid List<LevelDto> levels) {
    }

    public record ScaleResponse(String id, int version, BigDecimal threshold, List<LevelDto> levels) {
    }

    public record EvaluationRequest(@NotBlank @Size(max = 64) String studentId, @NotBlank @Size(max = 16) String competency,
                                    @Size(max = 64) String criterion, @NotBlank @Size(max = 2) String period,
                                    @NotBlank @Size(max = 10) String date, @NotBlank @Size(max = 8) String level,
                                    @Size(max = 254) String evaluatorId, @Size(max = 16) String evaluatorRole,
                                    // joined into a 1 000-character column: 10 codes of at most 64 characters fit
                                    @Size(max = 10) List<@Size(max = 64) String> complexityFactors,
                                    @Size(max = 10) List<@Size(max = 64) String> aleas,
                                    @Size(max = 2000) String comment, @Size(max = 1000) String evidenceLink) {
    }

    public record BulkEvaluationsRequest(@NotEmpty @Size(max = 20_000) @Valid List<EvaluationRequest> evaluations) {
    }

    public record RecordResponse(List<String> ids, boolean replayed) {
    }

    public record CorrectionRequest(@NotBlank @Size(max = 8) String level, @Size(max = 10) String date, @Size(max = 2000) String comment) {
    }

    public record EvaluationResponse(String id, String studentId, String competency, String criterion, String period,
                                     LocalDate date, String level, int scaleVersion, String evaluatorId, String evaluatorRole,
                                     Set<String> complexityFactors, Set<String> aleas, String comment, String evidenceLink,
                                     String supersedes, String recordedBy, Instant recordedAt, String validatedBy) {
    }

    public record PolicyDto(String kind, int k, Integer limit) {
    }

    public record ContributionDto(String evaluationId, String level, int scaleVersion, BigDecimal value, BigDecimal weight,
                                  LocalDate date, String period) {
    }

    public record IgnoredDto(String evaluationId, String level, String reason) {
    }

    public record AggregatedStateResponse(String competency, PolicyDto policy, BigDecimal score, String level, Integer scaleVersion,
                                          boolean proficient, List<ContributionDto> contributions, List<IgnoredDto> ignored) {
    }
}
