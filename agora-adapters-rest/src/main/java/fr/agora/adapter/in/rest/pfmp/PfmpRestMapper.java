package fr.agora.adapter.in.rest.pfmp;

import fr.agora.adapter.in.rest.pfmp.PfmpDtos.PfmpAllowanceLineDto;
import fr.agora.adapter.in.rest.pfmp.PfmpDtos.PfmpAllowanceResponse;
import fr.agora.adapter.in.rest.pfmp.PfmpDtos.PfmpAllowanceValidationResponse;
import fr.agora.adapter.in.rest.pfmp.PfmpDtos.PfmpAttendanceResponse;
import fr.agora.adapter.in.rest.pfmp.PfmpDtos.PfmpAttestationLineDto;
import fr.agora.adapter.in.rest.pfmp.PfmpDtos.PfmpAttestationResponse;
import fr.agora.adapter.in.rest.pfmp.PfmpDtos.PfmpRequirementDto;
import fr.agora.application.port.in.pfmp.PfmpAllowanceView;
import fr.agora.domain.pfmp.AllowanceValidation;
import fr.agora.domain.pfmp.PfmpAllowance;
import fr.agora.domain.pfmp.PfmpAttendance;
import fr.agora.domain.pfmp.PfmpAttestation;

/**
 * Domain → DTO, hand-written like the school features' mappers: the values are flattened (ids and enums to strings,
 * {@code Money} to its amount), which generated code would need one helper per type for.
 */
public final class PfmpRestMapper {

    private PfmpRestMapper() {
    }

    public static PfmpAttendanceResponse attendance(PfmpAttendance a) {
        return new PfmpAttendanceResponse(a.studentId().value(), a.period().name(), a.cycleYear().name(), a.justifiedAbsenceDays(),
                a.unjustifiedAbsenceDays());
    }

    public static PfmpAttestationResponse attestation(PfmpAttestation a) {
        return new PfmpAttestationResponse(a.student().id().value(), a.student().lastName(), a.student().firstName(),
                a.cohort().id().value(), a.cohort().name(), a.cohort().examSessionYear(),
                a.lines().stream().map(l -> new PfmpAttestationLineDto(l.period().name(), l.start(), l.end(), l.organisation(), l.tutorName(),
                        l.cycleYear() == null ? null : l.cycleYear().name(), l.plannedDays(), l.justifiedAbsenceDays(),
                        l.unjustifiedAbsenceDays(), l.daysDone(), l.weeksDone(), l.attested())).toList(),
                a.daysDone(), a.weeksDone(),
                new PfmpRequirementDto(a.requirement().fromSession(), a.requirement().requiredWeeks(), a.requirement().source()),
                a.requirementMet());
    }

    public static PfmpAllowanceResponse allowance(PfmpAllowanceView v) {
        return new PfmpAllowanceResponse(v.student().id().value(), v.student().lastName(), v.student().firstName(),
                v.allowance().lines().stream().map(l -> line(l, v.validation(l.period()))).toList(), v.allowance().total().amount());
    }

    private static PfmpAllowanceLineDto line(PfmpAllowance.Line l, AllowanceValidation v) {
        return new PfmpAllowanceLineDto(l.period().name(), l.cycleYear().name(), l.days(), l.dailyForfait().amount(), l.uncapped().amount(),
                l.amount().amount(), l.capped(), v != null, v == null ? null : v.validatedBy(), v == null ? null : v.validatedAt(), l.source());
    }

    public static PfmpAllowanceValidationResponse validation(AllowanceValidation v) {
        return new PfmpAllowanceValidationResponse(v.studentId().value(), v.period().name(), v.cycleYear().name(), v.days(),
                v.amount().amount(), v.validatedBy(), v.validatedAt());
    }
}
