package fr.agora.adapter.in.rest.coverage;

import fr.agora.adapter.in.rest.coverage.CoverageDtos.BlocShareDto;
import fr.agora.adapter.in.rest.coverage.CoverageDtos.CellCountsDto;
import fr.agora.adapter.in.rest.coverage.CoverageDtos.CohortCoverageResponse;
import fr.agora.adapter.in.rest.coverage.CoverageDtos.MetDto;
import fr.agora.adapter.in.rest.coverage.CoverageDtos.OverallDto;
import fr.agora.adapter.in.rest.coverage.CoverageDtos.StudentAtRiskDto;
import fr.agora.adapter.in.rest.coverage.CoverageDtos.StudentCoverageResponse;
import fr.agora.domain.coverage.CohortCoverage;
import fr.agora.domain.coverage.CoverageMatrix;
import fr.agora.domain.school.PeriodCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Domain results → response DTOs of this feature. Written by hand rather than with MapStruct: the targets flatten value
 * objects ({@code EvaluationId} → string, maps keyed by {@code PeriodCode} → "P1"), where generated code would need one
 * helper per type and save nothing.
 */
public final class CoverageRestMapper {

    private CoverageRestMapper() {
    }

    public static StudentCoverageResponse coverage(CoverageMatrix m) {
        return new StudentCoverageResponse(m.studentId().value(), names(m.periods()), byPeriod(m.cells(), Enum::name),
                mapValues(m.overall(), s -> new OverallDto(s.score(), s.levelCode(), s.proficient())),
                m.blocs().stream().map(b -> new BlocShareDto(b.bloc(), b.competencies(), b.exercised(), b.proficient(),
                        b.shareExercised(), b.shareProficient())).toList(),
                m.neverEvaluated(), m.atRisk(),
                mapValues(m.met(), x -> new MetDto(x.criteria(), x.complexityFactors(), x.aleas())));
    }

    public static CohortCoverageResponse cohortCoverage(String cohortId, CohortCoverage c) {
        return new CohortCoverageResponse(cohortId, c.students(), names(c.periods()),
                byPeriod(c.cells(), x -> new CellCountsDto(x.notExercised(), x.exercised(), x.evaluated(), x.proficient())),
                c.atRisk().stream().map(a -> new StudentAtRiskDto(a.studentId().value(), a.competencies())).toList());
    }

    private static List<String> names(List<PeriodCode> periods) {
        return periods.stream().map(Enum::name).toList();
    }

    private static <V, R> Map<String, Map<String, R>> byPeriod(Map<String, Map<PeriodCode, V>> cells, Function<V, R> f) {
        Map<String, Map<String, R>> out = new LinkedHashMap<>();
        cells.forEach((code, row) -> {
            Map<String, R> r = new LinkedHashMap<>();
            row.forEach((p, v) -> r.put(p.name(), f.apply(v)));
            out.put(code, r);
        });
        return out;
    }

    private static <V, R> Map<String, R> mapValues(Map<String, V> m, Function<V, R> f) {
        Map<String, R> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, f.apply(v)));
        return out;
    }
}
