package fr.agora.adapter.in.rest.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON shapes of the school endpoints (requests validated with Jakarta validation; responses never domain types). */
public final class EvaluationDtos {

    private EvaluationDtos() {
    }

    // ---- common ----

    public record PageResponse<T>(List<T> items, int page, int size, long total) {
    }

    // ---- cohorts ----

    public record PeriodDto(@NotNull @Pattern(regexp = "P[1-6]", message = "must be one of P1 … P6") String code,
                            @NotNull LocalDate start, @NotNull LocalDate end,
                            @NotNull @Min(1) @Max(8) Integer weeks) {
    }

    public record CreateCohortRequest(@NotBlank @Size(max = 200) String name, @NotBlank String referentielId,
                                      @NotBlank String referentielVersion,
                                      @NotNull @Min(2000) @Max(2100) Integer examSessionYear,
                                      @Valid @Size(max = 6) List<PeriodDto> periods) {
    }

    public record ReplacePeriodsRequest(@NotNull @Valid @Size(max = 6) List<PeriodDto> periods) {
    }

    public record CohortResponse(String id, String name, String referentielId, String referentielVersion, int examSessionYear,
                                 List<PeriodDto> periods) {
    }

    // ---- students ----

    public record CreateStudentRequest(@NotBlank String cohortId, @Size(max = 11) String ine,
                                       @NotBlank @Size(max = 100) String lastName, @NotBlank @Size(max = 100) String firstName) {
    }

    /** The full editable representation of a student; {@code cohortId} absent ⇒ the student stays in their cohort. */
    public record UpdateStudentRequest(@NotBlank @Size(max = 100) String lastName, @NotBlank @Size(max = 100) String firstName,
                                       @Size(max = 11) String ine, String cohortId) {
    }

    public record StudentResponse(String id, String cohortId, String ine, String lastName, String firstName) {
    }

    public record ImportStudentsResponse(int created, int updated, int unchanged) {
    }

    // ---- placements ----

    public record PlacementRequest(@NotBlank @Size(max = 200) String organisation,
                                   @NotBlank @Pattern(regexp = "(?i)ENTREPRISE|ADMINISTRATION|ASSOCIATION|MUTUELLE|COLLECTIVITE",
                                           message = "must be one of ENTREPRISE, ADMINISTRATION, ASSOCIATION, MUTUELLE, COLLECTIVITE") String kind,
                                   @NotBlank @Size(max = 200) String tutorName, @NotBlank @Email @Size(max = 200) String tutorEmail) {
    }

    /** {@code version}: the row version (also the ETag of the single placement); absent in the RGPD export. */
    public record PlacementResponse(String studentId, String period, String organisation, String kind, String tutorName,
                                    String tutorEmail, Long version) {
    }

    // ---- scale ----

    public record LevelDto(@NotBlank @Size(max = 8) String code, @NotBlank @Size(max = 100) String label, BigDecimal value,
                           @NotNull Boolean counts) {
    }

    public record ScaleRequest(@NotNull @Min(1) Integer expectedVersion, @NotNull BigDecimal threshold,
                               @NotEmpty @Size(max = 10) @Valid List<LevelDto> levels) {
    }

    public record ScaleResponse(String id, int version, BigDecimal threshold, List<LevelDto> levels) {
    }

    // ---- evaluations ----

    public record EvaluationRequest(@NotBlank String studentId, @NotBlank String competency, String criterion,
                                    @NotBlank String period, @NotBlank String date, @NotBlank String level,
                                    String evaluatorId, String evaluatorRole, List<String> complexityFactors, List<String> aleas,
                                    @Size(max = 2000) String comment, @Size(max = 2000) String evidenceLink) {
    }

    public record BulkEvaluationsRequest(@NotEmpty @Size(max = 20_000) @Valid List<EvaluationRequest> evaluations) {
    }

    public record RecordResponse(List<String> ids, boolean replayed) {
    }

    public record CorrectionRequest(@NotBlank @Size(max = 8) String level, String date, @Size(max = 2000) String comment) {
    }

    public record EvaluationResponse(String id, String studentId, String competency, String criterion, String period,
                                     LocalDate date, String level, int scaleVersion, String evaluatorId, String evaluatorRole,
                                     Set<String> complexityFactors, Set<String> aleas, String comment, String evidenceLink,
                                     String supersedes, String recordedBy, Instant recordedAt, String validatedBy) {
    }

    // ---- readiness grids ----

    public record GridRequest(@NotBlank String referentielId, @NotBlank String referentielVersion,
                              @NotEmpty Map<String, @NotNull BigDecimal> weights, @NotEmpty Map<String, @NotNull BigDecimal> pointsPerLevel,
                              BigDecimal roundingStep) {
    }

    public record GridResponse(String id, int version, String unit, Map<String, BigDecimal> weights, Map<String, BigDecimal> pointsPerLevel,
                               BigDecimal roundingStep, String roundingMode) {
    }

    // ---- aggregation, coverage, readiness ----

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

    public record BlocShareDto(int bloc, int competencies, int exercised, int proficient, BigDecimal shareExercised,
                               BigDecimal shareProficient) {
    }

    public record MetDto(Set<String> criteria, Set<String> complexityFactors, Set<String> aleas) {
    }

    public record OverallDto(BigDecimal score, String level, boolean proficient) {
    }

    public record StudentCoverageResponse(String studentId, List<String> periods, Map<String, Map<String, String>> cells,
                                          Map<String, OverallDto> overall, List<BlocShareDto> blocs, List<String> neverEvaluated,
                                          List<String> atRisk, Map<String, MetDto> met) {
    }

    public record CellCountsDto(int notExercised, int evaluated, int proficient) {
    }

    public record StudentAtRiskDto(String studentId, List<String> competencies) {
    }

    public record CohortCoverageResponse(String cohortId, int students, List<String> periods,
                                         Map<String, Map<String, CellCountsDto>> cells, List<StudentAtRiskDto> atRisk) {
    }

    public record TermDto(String competency, BigDecimal weight, String level, BigDecimal score, BigDecimal points,
                          BigDecimal weightedPoints, BigDecimal maxWeightedPoints) {
    }

    public record ProposedMarkDto(String gridId, int gridVersion, BigDecimal mark, BigDecimal exact, BigDecimal earnedPoints,
                                  BigDecimal possiblePoints, List<TermDto> terms, boolean complete, List<String> missing) {
    }

    public record UnitReadinessDto(String unit, int bloc, boolean ccf, int competencies, int evaluated, int proficient,
                                   BigDecimal shareEvaluated, BigDecimal shareProficient, List<String> notProficient,
                                   ProposedMarkDto proposedMark) {
    }

    public record ExamReadinessResponse(String studentId, List<UnitReadinessDto> units) {
    }

    // ---- RGPD ----

    public record StudentExportResponse(StudentResponse student, List<PlacementResponse> placements,
                                        List<EvaluationResponse> evaluations) {
    }

    // ---- API keys ----

    public record IssueKeyRequest(@NotNull @Pattern(regexp = "ENT_INTEGRATION|TEACHER|TUTOR|SCHOOL_ADMIN",
            message = "must be one of ENT_INTEGRATION, TEACHER, TUTOR, SCHOOL_ADMIN") String role,
                                  @NotBlank @Size(max = 200) String subject, @Size(max = 200) String label) {
    }

    public record IssuedKeyResponse(String keyId, String role, String subject, String token) {
    }
}
