package fr.agora.application.port.in.pfmp;

import fr.agora.domain.pfmp.AllowanceValidation;
import fr.agora.domain.pfmp.PfmpAllowance;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.Student;
import java.util.List;

/** A student's allocation de PFMP per period, with the head of school's validations. */
public record PfmpAllowanceView(Student student, PfmpAllowance allowance, List<AllowanceValidation> validations) {
    public PfmpAllowanceView {
        validations = List.copyOf(validations);
    }

    public AllowanceValidation validation(PeriodCode period) {
        return validations.stream().filter(v -> v.period() == period).findFirst().orElse(null);
    }
}
