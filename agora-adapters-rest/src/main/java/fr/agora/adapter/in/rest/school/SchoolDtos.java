package fr.agora.adapter.in.rest.school;

import fr.agora.adapter.in.rest.assessment.AssessmentDtos.EvaluationResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the school register: cohorts and their PFMP periods, students, placements, the RGPD export (requests validated with Jakarta validation; responses never domain types). */
public final class SchoolDtos {

    private SchoolDtos() {
    }

    /**
     * The one envelope of every list (see {@code docs/api-conventions.md}): the items of page {@code page} (from 0) of
     * {@code size}, and the {@code total} number of items of the whole list (a page past the last is empty, total kept).
     */
    public record PageResponse<T>(List<T> items, int page, int size, long total) {

        /** The envelope of a page, its items mapped to DTOs. */
        public static <D, T> PageResponse<T> of(fr.agora.application.port.in.shared.Page<D> page,
                                                java.util.function.Function<? super D, ? extends T> toDto) {
            return new PageResponse<>(page.items().stream().<T>map(toDto).toList(), page.page(), page.size(), page.total());
        }
    }

    public record PeriodDto(@NotNull @Pattern(regexp = "P[1-6]", message = "must be one of P1 … P6") String code,
                            @NotNull LocalDate start, @NotNull LocalDate end,
                            @NotNull @Min(1) @Max(8) Integer weeks) {
    }

    public record NewCohortRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 64) String referentielId,
                                      @NotBlank @Size(max = 32) String referentielVersion,
                                      @NotNull @Min(2000) @Max(2100) Integer examSessionYear,
                                      @Valid @Size(max = 6) List<PeriodDto> periods) {
    }

    public record ReplacePeriodsRequest(@NotNull @Valid @Size(max = 6) List<PeriodDto> periods) {
    }

    public record CohortResponse(String id, String name, String referentielId, String referentielVersion, int examSessionYear,
                                 List<PeriodDto> periods) {
    }

    public record NewStudentRequest(@NotBlank @Size(max = 64) String cohortId, @Size(max = 11) String ine,
                                       @NotBlank @Size(max = 100) String lastName, @NotBlank @Size(max = 100) String firstName) {
    }

    /** The full editable representation of a student; {@code cohortId} absent ⇒ the student stays in their cohort. */
    public record StudentChangesRequest(@NotBlank @Size(max = 100) String lastName, @NotBlank @Size(max = 100) String firstName,
                                       @Size(max = 11) String ine, @Size(max = 64) String cohortId) {
    }

    public record StudentResponse(String id, String cohortId, String ine, String lastName, String firstName) {
    }

    public record ImportStudentsResponse(int created, int updated, int unchanged) {
    }

    public record PlacementRequest(@NotBlank @Size(max = 200) String organisation,
                                   @NotBlank @Pattern(regexp = "ENTREPRISE|ADMINISTRATION|ASSOCIATION|MUTUELLE|COLLECTIVITE", flags = Pattern.Flag.CASE_INSENSITIVE,
                                           message = "must be one of ENTREPRISE, ADMINISTRATION, ASSOCIATION, MUTUELLE, COLLECTIVITE") String kind,
                                   @NotBlank @Size(max = 200) String tutorName, @NotBlank @Email @Size(max = 254) String tutorEmail) {
    }

    /** {@code version}: the row version (also the ETag of the single placement); absent in the RGPD export. */
    public record PlacementResponse(String studentId, String period, String organisation, String kind, String tutorName,
                                    String tutorEmail, Long version) {
    }

    public record StudentExportResponse(StudentResponse student, List<PlacementResponse> placements,
                                        List<EvaluationResponse> evaluations) {
    }
}
