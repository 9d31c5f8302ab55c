package fr.agora.adapter.in.rest.paie;

import fr.agora.adapter.in.rest.paie.PayslipDtos.*;
import fr.agora.domain.paie.Payslip;
import fr.agora.domain.paie.PayslipInput;
import fr.agora.domain.paie.journal.PayrollJournal;
import fr.agora.domain.shared.InvalidInputException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-written DTO ↔ domain mapping (nested records with defaults and renamed fields: simpler by hand than MapStruct). */
final class PayslipDtoMapper {

    private PayslipDtoMapper() {
    }

    static PayslipInput toInput(PayslipRequest r) {
        EmployeeDto e = r.employee();
        CompanyDto c = r.company();
        return new PayslipInput(YearMonth.parse(r.period()),
                new PayslipInput.Employee(e.category(), e.contract(), e.baseSalary(), e.hourlyRate(), e.monthlyHours()),
                new PayslipInput.Company(c.headcount(), c.accidentRate(),
                        c.healthInsurance() == null ? null : c.healthInsurance().monthlyAmount(),
                        c.healthInsurance() == null ? null : c.healthInsurance().employerSharePercent()),
                r.overtime() == null ? null : r.overtime().stream().map(o -> new PayslipInput.OvertimeWeek(o.weekStart(), o.hoursWorked(),
                        Boolean.TRUE.equals(o.derogation()), o.firstRate(), o.secondRate())).toList(),
                r.absences() == null ? null : r.absences().stream().map(a -> new PayslipInput.Absence(a.from(), a.to(), a.hours(), a.method())).toList(),
                r.bonuses() == null ? null : r.bonuses().stream().map(b -> new PayslipInput.Bonus(b.label(), b.amount(), b.subjectToContributions())).toList(),
                r.benefitsInKind() == null ? null : r.benefitsInKind().stream().map(b -> new PayslipInput.BenefitInKind(b.kind(), b.quantity(), b.amount())).toList(),
                r.withholdingTaxRate());
    }

    static PayslipInput toInput(PayslipRequest r, String prefix) {
        try {
            return toInput(r);
        } catch (InvalidInputException e) {
            throw e.under(prefix);
        }
    }

    static PayslipResponse toResponse(Payslip p) {
        var par = p.parameters();
        return new PayslipResponse(p.period().toString(),
                p.earnings().stream().map(e -> new EarningDto(e.code(), e.label(), e.quantity(), e.rate(), e.amount().amount())).toList(),
                p.gross().amount(),
                p.lines().stream().map(l -> new PayslipLineDto(l.code(), l.label(), l.block(), l.body().name(), l.base().amount(),
                        l.employeeRate(), l.employeeAmount().amount(), l.employerRate(), l.employerAmount().amount())).toList(),
                p.totalEmployee().amount(), p.totalEmployer().amount(), p.netBeforeTax().amount(), p.netTaxable().amount(),
                p.netSocial().amount(), p.withholdingTaxRate(), p.withholdingTax().amount(), p.benefitsInKind().amount(),
                p.netPaid().amount(), p.employerCost().amount(),
                new ParametersDto(par.from().toString(), par.to().toString(), par.smicHourly(), par.smicMonthly(), par.pmss(),
                        par.mealBenefit(), par.sources()));
    }

    static JournalResponse toResponse(PayrollJournal j) {
        Map<String, java.math.BigDecimal> bodies = new LinkedHashMap<>();
        j.byCollectingBody().forEach((k, v) -> bodies.put(k, v.amount()));
        List<PayrollJournalLineDto> entries = j.entries().stream()
                .map(e -> new PayrollJournalLineDto(e.account(), e.label(), e.debit().amount(), e.credit().amount())).toList();
        return new JournalResponse(entries, j.totalDebit().amount(), j.totalCredit().amount(), bodies);
    }
}
