package fr.agora.adapter.in.rest.grid;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON shapes of the PFMP grid (seed 003) of a student and of a cohort; responses never domain types. */
public final class GridDtos {

    private GridDtos() {
    }

    @Schema(description = "One cell: mis en œuvre in the period or not; the level reached when assessed (null when only NE was recorded)")
    public record GridCellDto(@Schema(example = "true") boolean misEnOeuvre, @Schema(example = "3") String level,
                              boolean proficient, @Schema(example = "[\"2.2.4-G1\"]") Set<String> criteria,
                              Set<String> complexityFactors, Set<String> aleas) {
    }

    @Schema(description = "A criterion of the PFMP grid (seed 003) and the periods in which it was observed")
    public record GridCriterionDto(@Schema(example = "2.2.4-G1") String id, String text, @Schema(example = "[\"P3\"]") List<String> metIn) {
    }

    public record GridCompetencyDto(@Schema(example = "2.2.4") String code, String label, Map<String, GridCellDto> cells,
                                    List<GridCriterionDto> criteria) {
    }

    public record GridActivityDto(@Schema(example = "2.2") String code, String title, List<GridCompetencyDto> competencies) {
    }

    @Schema(description = "A period of the header: dates, host organisation and tutor (null when no placement is recorded)")
    public record GridPeriodDto(@Schema(example = "P3") String code, LocalDate start, LocalDate end, Integer weeks,
                                String organisation, String tutorName) {
    }

    public record GridStudentDto(String id, String lastName, String firstName) {
    }

    public record StudentGridResponse(String school, String cohortId, String cohortName, GridStudentDto student,
                                      List<GridPeriodDto> periods, List<GridActivityDto> activities) {
    }

    @Schema(description = "Students who mis the competency en œuvre in the period, and among them those assessed")
    public record GridCountsDto(int misEnOeuvre, int assessed) {
    }

    public record CohortGridResponse(String school, String cohortId, String cohortName, List<String> periods,
                                     Map<String, Map<String, GridCountsDto>> counts, List<StudentGridResponse> students) {
    }
}
