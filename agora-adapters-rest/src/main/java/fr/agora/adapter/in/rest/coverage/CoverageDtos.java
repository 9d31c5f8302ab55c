package fr.agora.adapter.in.rest.coverage;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON shapes of the student coverage matrix and the cohort heatmap (requests validated with Jakarta validation; responses never domain types). */
public final class CoverageDtos {

    private CoverageDtos() {
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

    public record CellCountsDto(int notExercised, int exercised, int evaluated, int proficient) {
    }

    public record StudentAtRiskDto(String studentId, List<String> competencies) {
    }

    public record CohortCoverageResponse(String cohortId, int students, List<String> periods,
                                         Map<String, Map<String, CellCountsDto>> cells, List<StudentAtRiskDto> atRisk) {
    }
}
