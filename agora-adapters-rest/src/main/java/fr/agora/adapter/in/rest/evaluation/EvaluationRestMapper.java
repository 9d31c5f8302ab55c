package fr.agora.adapter.in.rest.evaluation;

import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.AggregatedStateResponse;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.BlocShareDto;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.CellCountsDto;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.CohortCoverageResponse;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.CohortResponse;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.ContributionDto;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.EvaluationResponse;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.IgnoredDto;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.LevelDto;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.MetDto;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.OverallDto;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.PeriodDto;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.PlacementResponse;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.PolicyDto;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.ProposedMarkDto;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.ScaleResponse;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.StudentAtRiskDto;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.StudentCoverageResponse;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.StudentResponse;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.TermDto;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.UnitReadinessDto;
import fr.agora.application.port.in.evaluation.Versioned;
import fr.agora.domain.evaluation.AggregatedState;
import fr.agora.domain.evaluation.AggregationPolicy;
import fr.agora.domain.evaluation.Cohort;
import fr.agora.domain.evaluation.CohortCoverage;
import fr.agora.domain.evaluation.CoverageMatrix;
import fr.agora.domain.evaluation.Evaluation;
import fr.agora.domain.evaluation.EvaluationScale;
import fr.agora.domain.evaluation.PeriodCode;
import fr.agora.domain.evaluation.PfmpPeriod;
import fr.agora.domain.evaluation.Placement;
import fr.agora.domain.evaluation.ProposedMark;
import fr.agora.domain.evaluation.ReadinessGrid;
import fr.agora.domain.evaluation.ScaleLevel;
import fr.agora.domain.evaluation.Student;
import fr.agora.domain.evaluation.UnitReadiness;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Domain results → response DTOs. Written by hand rather than with MapStruct: most targets flatten value objects
 * ({@code EvaluationId} → string, maps keyed by {@code PeriodCode} → "P1"), where generated code would need one
 * helper per type and save nothing.
 */
final class EvaluationRestMapper {

    private EvaluationRestMapper() {
    }

    static CohortResponse cohort(Cohort c) {
        return new CohortResponse(c.id().value(), c.name(), c.referentielId(), c.referentielVersion(), c.examSessionYear(),
                c.periods().stream().map(EvaluationRestMapper::period).toList());
    }

    static PeriodDto period(PfmpPeriod p) {
        return new PeriodDto(p.code().name(), p.start(), p.end(), p.weeks());
    }

    static PfmpPeriod period(PeriodDto p) {
        return new PfmpPeriod(PeriodCode.parse("code", p.code()), p.start(), p.end(), p.weeks());
    }

    static StudentResponse student(Student s) {
        return new StudentResponse(s.id().value(), s.cohortId().value(), s.ine() == null ? null : s.ine().value(), s.lastName(), s.firstName());
    }

    static PlacementResponse placement(Versioned<Placement> v) {
        Placement p = v.value();
        return new PlacementResponse(p.studentId().value(), p.period().name(), p.organisation(), p.kind().name(), p.tutorName(), p.tutorEmail(),
                v.version());
    }

    /** In the RGPD export, where versions mean nothing to the student. */
    static PlacementResponse placement(Placement p) {
        return new PlacementResponse(p.studentId().value(), p.period().name(), p.organisation(), p.kind().name(), p.tutorName(), p.tutorEmail(),
                null);
    }

    static ScaleResponse scale(EvaluationScale s) {
        return new ScaleResponse(s.id(), s.version(), s.threshold(), s.levels().stream().map(EvaluationRestMapper::level).toList());
    }

    static LevelDto level(ScaleLevel l) {
        return new LevelDto(l.code(), l.label(), l.value(), l.counts());
    }

    static ScaleLevel level(LevelDto l) {
        return new ScaleLevel(l.code(), l.label(), l.value(), Boolean.TRUE.equals(l.counts()));
    }

    static EvaluationDtos.GridResponse grid(ReadinessGrid g) {
        return new EvaluationDtos.GridResponse(g.id(), g.version(), g.unitCode(), g.weights(), g.pointsPerLevel(), g.roundingStep(),
                g.roundingMode().name());
    }

    static EvaluationResponse evaluation(Evaluation e) {
        return new EvaluationResponse(e.id().value(), e.studentId().value(), e.competencyCode(), e.criterionId(), e.period().name(),
                e.date(), e.levelCode(), e.scaleVersion(), e.evaluatorId(), e.evaluatorRole().name(), e.complexityFactors(), e.aleas(),
                e.comment(), e.evidenceLink(), e.supersedes() == null ? null : e.supersedes().value(), e.recordedBy(), e.recordedAt(),
                e.validatedBy());
    }

    static PolicyDto policy(AggregationPolicy p) {
        return new PolicyDto(p.kind().name(), p.k(), p.limit());
    }

    static AggregatedStateResponse state(AggregatedState s) {
        return new AggregatedStateResponse(s.competencyCode(), policy(s.policy()), s.score(), s.levelCode(), s.scaleVersion(), s.proficient(),
                s.contributions().stream().map(c -> new ContributionDto(c.evaluationId().value(), c.levelCode(), c.scaleVersion(), c.value(),
                        c.weight(), c.date(), c.period().name())).toList(),
                s.ignored().stream().map(i -> new IgnoredDto(i.evaluationId().value(), i.levelCode(), i.reason())).toList());
    }

    static StudentCoverageResponse coverage(CoverageMatrix m) {
        return new StudentCoverageResponse(m.studentId().value(), names(m.periods()), byPeriod(m.cells(), Enum::name),
                mapValues(m.overall(), s -> new OverallDto(s.score(), s.levelCode(), s.proficient())),
                m.blocs().stream().map(b -> new BlocShareDto(b.bloc(), b.competencies(), b.exercised(), b.proficient(),
                        b.shareExercised(), b.shareProficient())).toList(),
                m.neverEvaluated(), m.atRisk(),
                mapValues(m.met(), x -> new MetDto(x.criteria(), x.complexityFactors(), x.aleas())));
    }

    static CohortCoverageResponse cohortCoverage(String cohortId, CohortCoverage c) {
        return new CohortCoverageResponse(cohortId, c.students(), names(c.periods()),
                byPeriod(c.cells(), x -> new CellCountsDto(x.notExercised(), x.evaluated(), x.proficient())),
                c.atRisk().stream().map(a -> new StudentAtRiskDto(a.studentId().value(), a.competencies())).toList());
    }

    static UnitReadinessDto readiness(UnitReadiness u) {
        return new UnitReadinessDto(u.unitCode(), u.bloc(), u.ccf(), u.competencies(), u.evaluated(), u.proficient(), u.shareEvaluated(),
                u.shareProficient(), u.notProficient(), u.mark() == null ? null : mark(u.mark()));
    }

    private static ProposedMarkDto mark(ProposedMark m) {
        return new ProposedMarkDto(m.gridId(), m.gridVersion(), m.mark(), m.exact(), m.earnedPoints(), m.possiblePoints(),
                m.terms().stream().map(t -> new TermDto(t.competencyCode(), t.weight(), t.levelCode(), t.score(), t.points(),
                        t.weightedPoints(), t.maxWeightedPoints())).toList(), m.complete(), m.missing());
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
