package fr.agora.application.service.pfmp;

import fr.agora.application.port.in.pfmp.ValidatePfmpAllowanceCommand;
import fr.agora.application.port.in.pfmp.ValidatePfmpAllowanceUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.pfmp.LoadPfmpAttendancePort;
import fr.agora.application.port.out.pfmp.SavePfmpAttendancePort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.port.out.shared.AuditPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.service.school.SchoolLookups;
import fr.agora.application.service.school.TutorView;
import fr.agora.application.service.shared.Roles;
import fr.agora.domain.pfmp.AllowanceValidation;
import fr.agora.domain.pfmp.PfmpAllowance;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.Student;
import fr.agora.domain.shared.ConflictException;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The head of school's validation of a period's allowance: stored once, audited, idempotent, then locked. */
public final class ValidatePfmpAllowanceService implements ValidatePfmpAllowanceUseCase {

    private final LoadStudentPort students;
    private final LoadPlacementsPort placements;
    private final LoadCohortPort cohorts;
    private final LoadPfmpAttendancePort load;
    private final SavePfmpAttendancePort save;
    private final AuditPort audit;
    private final TransactionPort tx;
    private final Clock clock;

    public ValidatePfmpAllowanceService(LoadStudentPort students, LoadPlacementsPort placements, LoadCohortPort cohorts,
                                        LoadPfmpAttendancePort load, SavePfmpAttendancePort save, AuditPort audit,
                                        TransactionPort tx, Clock clock) {
        this.students = students;
        this.placements = placements;
        this.cohorts = cohorts;
        this.load = load;
        this.save = save;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public AllowanceValidation validate(ValidatePfmpAllowanceCommand c) {
        Roles.require(c.caller(), Caller.Role.SCHOOL_ADMIN);
        if (c.amount() == null) throw new InvalidInputException("amount", "amount is required");
        Student s = SchoolLookups.visibleStudent(students, placements, c.caller(), c.studentId());
        PeriodCode code = PeriodCode.parse("period", c.period());
        Money sent = Money.of(c.amount());
        return tx.inTransaction(() -> {
            AllowanceValidation existing = load.loadValidations(c.caller().uai(), s.id()).stream()
                    .filter(v -> v.period() == code).findFirst().orElse(null);
            if (existing != null) return sameOrConflict(existing, c.days(), sent);
            PfmpAllowance.Line line = PfmpAllowance.of(PfmpLookups.attestation(cohorts, placements, load, c.caller(), s, TutorView.everything())).line(code);
            if (line == null) {
                throw new RuleViolationException("pfmp-period-not-attested", "period", "no attendance recorded for " + code + ": nothing to validate");
            }
            AllowanceValidation v = new AllowanceValidation(s.id(), code, line.cycleYear(), line.days(), line.amount(),
                    c.caller().subject(), clock.instant().truncatedTo(ChronoUnit.MILLIS)); // as stored, so a replay answers the same
            sameOrConflict(v, c.days(), sent);
            if (!save.insertValidation(v)) {
                return sameOrConflict(load.loadValidations(c.caller().uai(), s.id()).stream().filter(x -> x.period() == code).findFirst().orElseThrow(), c.days(), sent);
            }
            audit.audit(new AuditPort.AuditRecord(c.caller().uai(), "PFMP_ALLOWANCE_VALIDATED", c.caller().role().name(), 1, clock.instant()));
            return v;
        });
    }

    private static AllowanceValidation sameOrConflict(AllowanceValidation v, int days, Money amount) {
        if (v.days() != days || v.amount().compareTo(amount) != 0) {
            throw new ConflictException("pfmp-allowance-mismatch", "amount", "the figures sent (" + days + " days, " + amount.amount()
                    + " €) differ from the period's (" + v.days() + " days, " + v.amount().amount() + " €)",
                    Map.of("days", v.days(), "amount", v.amount().amount().toPlainString()));
        }
        return v;
    }
}
