package fr.agora.adapter.in.rest.readiness;

import fr.agora.adapter.in.rest.readiness.ReadinessDtos.GridResponse;
import fr.agora.adapter.in.rest.readiness.ReadinessDtos.ProposedMarkDto;
import fr.agora.adapter.in.rest.readiness.ReadinessDtos.TermDto;
import fr.agora.adapter.in.rest.readiness.ReadinessDtos.UnitReadinessDto;
import fr.agora.adapter.in.rest.readiness.ReadinessDtos;
import fr.agora.domain.readiness.ProposedMark;
import fr.agora.domain.readiness.ReadinessGrid;
import fr.agora.domain.readiness.UnitReadiness;

/**
 * Domain results → response DTOs of this feature. Written by hand rather than with MapStruct: the targets flatten value
 * objects ({@code EvaluationId} → string, maps keyed by {@code PeriodCode} → "P1"), where generated code would need one
 * helper per type and save nothing.
 */
public final class ReadinessRestMapper {

    private ReadinessRestMapper() {
    }

    public static ReadinessDtos.GridResponse grid(ReadinessGrid g) {
        return new ReadinessDtos.GridResponse(g.id(), g.version(), g.unitCode(), g.weights(), g.pointsPerLevel(), g.roundingStep(),
                g.roundingMode().name());
    }

    public static UnitReadinessDto readiness(UnitReadiness u) {
        return new UnitReadinessDto(u.unitCode(), u.bloc(), u.ccf(), u.competencies(), u.evaluated(), u.proficient(), u.shareEvaluated(),
                u.shareProficient(), u.notProficient(), u.mark() == null ? null : mark(u.mark()),
                u.markAbsence() == null ? null : u.markAbsence().name(), u.markAbsence() == null ? null : u.markAbsence().reason());
    }

    private static ProposedMarkDto mark(ProposedMark m) {
        return new ProposedMarkDto(m.gridId(), m.gridVersion(), m.mark(), m.exact(), m.earnedPoints(), m.possiblePoints(),
                m.terms().stream().map(t -> new TermDto(t.competencyCode(), t.weight(), t.levelCode(), t.score(), t.points(),
                        t.weightedPoints(), t.maxWeightedPoints())).toList(), m.complete(), m.missing());
    }
}
