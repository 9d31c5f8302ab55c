package fr.agora.adapter.in.rest.school;

import fr.agora.adapter.in.rest.school.SchoolDtos.CohortResponse;
import fr.agora.adapter.in.rest.school.SchoolDtos.PeriodDto;
import fr.agora.adapter.in.rest.school.SchoolDtos.PlacementResponse;
import fr.agora.adapter.in.rest.school.SchoolDtos.StudentResponse;
import fr.agora.application.port.in.shared.Versioned;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.Student;

/**
 * Domain results → response DTOs of this feature. Written by hand rather than with MapStruct: the targets flatten value
 * objects ({@code EvaluationId} → string, maps keyed by {@code PeriodCode} → "P1"), where generated code would need one
 * helper per type and save nothing.
 */
public final class SchoolRestMapper {

    private SchoolRestMapper() {
    }

    public static CohortResponse cohort(Cohort c) {
        return new CohortResponse(c.id().value(), c.name(), c.referentielId(), c.referentielVersion(), c.examSessionYear(),
                c.periods().stream().map(SchoolRestMapper::period).toList());
    }

    public static PeriodDto period(PfmpPeriod p) {
        return new PeriodDto(p.code().name(), p.start(), p.end(), p.weeks());
    }

    public static PfmpPeriod period(PeriodDto p) {
        return new PfmpPeriod(PeriodCode.parse("code", p.code()), p.start(), p.end(), p.weeks());
    }

    public static StudentResponse student(Student s) {
        return new StudentResponse(s.id().value(), s.cohortId().value(), s.ine() == null ? null : s.ine().value(), s.lastName(), s.firstName());
    }

    public static PlacementResponse placement(Versioned<Placement> v) {
        Placement p = v.value();
        return new PlacementResponse(p.studentId().value(), p.period().name(), p.organisation(), p.kind().name(), p.tutorName(), p.tutorEmail(),
                v.version());
    }

    /** In the RGPD export, where versions mean nothing to the student. */
    public static PlacementResponse placement(Placement p) {
        return new PlacementResponse(p.studentId().value(), p.period().name(), p.organisation(), p.kind().name(), p.tutorName(), p.tutorEmail(),
                null);
    }
}
