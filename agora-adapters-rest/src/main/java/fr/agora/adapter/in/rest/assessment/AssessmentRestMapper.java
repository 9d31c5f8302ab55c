package fr.agora.adapter.in.rest.assessment;

import fr.agora.adapter.in.rest.assessment.AssessmentDtos.AggregatedStateResponse;
import fr.agora.adapter.in.rest.assessment.AssessmentDtos.ContributionDto;
import fr.agora.adapter.in.rest.assessment.AssessmentDtos.EvaluationResponse;
import fr.agora.adapter.in.rest.assessment.AssessmentDtos.IgnoredDto;
import fr.agora.adapter.in.rest.assessment.AssessmentDtos.LevelDto;
import fr.agora.adapter.in.rest.assessment.AssessmentDtos.PolicyDto;
import fr.agora.adapter.in.rest.assessment.AssessmentDtos.ScaleResponse;
import fr.agora.domain.assessment.AggregatedState;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationScale;
import fr.agora.domain.assessment.ScaleLevel;

/**
 * Domain results → response DTOs of this feature. Written by hand rather than with MapStruct: the targets flatten value
 * objects ({@code EvaluationId} → string, maps keyed by {@code PeriodCode} → "P1"), where generated code would need one
 * helper per type and save nothing.
 */
public final class AssessmentRestMapper {

    private AssessmentRestMapper() {
    }

    public static ScaleResponse scale(EvaluationScale s) {
        return new ScaleResponse(s.id(), s.version(), s.threshold(), s.levels().stream().map(AssessmentRestMapper::level).toList());
    }

    public static LevelDto level(ScaleLevel l) {
        return new LevelDto(l.code(), l.label(), l.value(), l.counts());
    }

    public static ScaleLevel level(LevelDto l) {
        return new ScaleLevel(l.code(), l.label(), l.value(), Boolean.TRUE.equals(l.counts()));
    }

    public static EvaluationResponse evaluation(Evaluation e) {
        return new EvaluationResponse(e.id().value(), e.studentId().value(), e.competencyCode(), e.criterionId(), e.period().name(),
                e.date(), e.levelCode(), e.scaleVersion(), e.evaluatorId(), e.evaluatorRole().name(), e.complexityFactors(), e.aleas(),
                e.comment(), e.evidenceLink(), e.supersedes() == null ? null : e.supersedes().value(), e.recordedBy(), e.recordedAt(),
                e.validatedBy());
    }

    public static PolicyDto policy(AggregationPolicy p) {
        return new PolicyDto(p.kind().name(), p.k(), p.limit());
    }

    public static AggregatedStateResponse state(AggregatedState s) {
        return new AggregatedStateResponse(s.competencyCode(), policy(s.policy()), s.score(), s.levelCode(), s.scaleVersion(), s.proficient(),
                s.contributions().stream().map(c -> new ContributionDto(c.evaluationId().value(), c.levelCode(), c.scaleVersion(), c.value(),
                        c.weight(), c.date(), c.period().name())).toList(),
                s.ignored().stream().map(i -> new IgnoredDto(i.evaluationId().value(), i.levelCode(), i.reason())).toList());
    }
}
