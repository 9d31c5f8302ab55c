package fr.agora.adapter.in.rest.paie;

import fr.agora.adapter.in.rest.paie.PayslipDtos.*;
import fr.agora.domain.paie.Payslip;
import fr.agora.domain.paie.PayslipInput;
import fr.agora.domain.paie.journal.PayrollJournal;
import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Hand-written DTO ↔ domain mapping (nested records with defaults and renamed fields: simpler by hand than MapStruct). */
final class PayslipDtoMapper {

    private PayslipDtoMapper() {
    }

    static PayslipInput toInput(PayslipRequest r) {
        PayslipEmployeeDto e = r.employee();
        PayslipCompanyDto c = r.company();
        PayslipEndOfContractDto end = r.endOfContract();
        return new PayslipInput(YearMonth.parse(r.period()),
                new PayslipInput.Employee(e.category(), e.contract(), e.baseSalary(), e.hourlyRate(), e.monthlyHours(),
                        e.hiredOn(), e.leftOn(), e.partialMonthMethod()),
                new PayslipInput.Company(c.headcount(), c.accidentRate(),
                        c.healthInsurance() == null ? null : c.healthInsurance().monthlyAmount(),
                        c.healthInsurance() == null ? null : c.healthInsurance().employerSharePercent(),
                        Boolean.TRUE.equals(c.alsaceMoselle())),
                map(r.overtime(), o -> new PayslipInput.OvertimeWeek(o.weekStart(), o.hoursWorked(),
                        Boolean.TRUE.equals(o.derogation()), o.firstRate(), o.secondRate())),
                map(r.absences(), a -> new PayslipInput.Absence(a.from(), a.to(), a.hours(), a.method())),
                map(r.bonuses(), b -> new PayslipInput.Bonus(b.label(), b.amount(), b.subjectToContributions())),
                map(r.benefitsInKind(), b -> new PayslipInput.BenefitInKind(b.kind(), b.quantity(), b.amount())),
                r.withholdingTaxRate(),
                map(r.sickLeaves(), s -> new PayslipInput.SickLeave(s.from(), s.to(), s.previousThreeMonthsGross(),
                        s.priorMaintainedDays() == null ? 0 : s.priorMaintainedDays())),
                end == null ? null : new PayslipInput.EndOfContract(end.previousGross(), !Boolean.FALSE.equals(end.precariousnessIndemnityDue())));
    }

    private static <D, T> List<T> map(List<D> dtos, Function<D, T> f) {
        return dtos == null ? null : dtos.stream().map(f).toList();
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
        var sick = p.sickPay();
        return new PayslipResponse(p.period().toString(),
                p.earnings().stream().map(e -> new PayslipEarningDto(e.code(), e.label(), e.quantity(), e.rate(), e.amount().amount())).toList(),
                p.gross().amount(),
                p.lines().stream().map(l -> new PayslipContributionLineDto(l.code(), l.label(), l.block(), l.body().name(), l.base().amount(),
                        l.employeeRate(), l.employeeAmount().amount(), l.employerRate(), l.employerAmount().amount())).toList(),
                p.totalEmployee().amount(), p.totalEmployer().amount(), p.netBeforeTax().amount(), p.netTaxable().amount(),
                p.netSocial().amount(), p.withholdingTaxRate(), p.withholdingTax().amount(), p.benefitsInKind().amount(),
                p.netPayableBeforeIncomeTax().amount(), p.netPaid().amount(), p.employerCost().amount(),
                p.socialSecurityCeiling().amount(),
                new PayslipSickPayDto(sick.carenceDays(), sick.ijssDays(), sick.dailyIjss().amount(), sick.ijssGross().amount(),
                        sick.csgCrds().amount(), sick.ijssNet().amount(), sick.ijssTaxable().amount()),
                new PayslipGeneralReductionDto(p.generalReduction().retraiteComplementaire().amount(), p.generalReduction().urssaf().amount()),
                p.warnings().stream().map(w -> new PayslipWarningDto(w.code(), w.message())).toList(),
                new PayslipParametersDto(par.from().toString(), par.to().toString(), par.smicHourly(), par.smicMonthly(), par.pmss(),
                        par.mealBenefit(), par.sources()));
    }

    static PayrollJournalResponse toResponse(PayrollJournal j) {
        Map<String, BigDecimal> bodies = new LinkedHashMap<>();
        j.byCollectingBody().forEach((k, v) -> bodies.put(k, v.amount()));
        List<PayrollJournalEntryDto> entries = j.entries().stream()
                .map(e -> new PayrollJournalEntryDto(e.account(), e.label(), e.debit().amount(), e.credit().amount())).toList();
        return new PayrollJournalResponse(entries, j.totalDebit().amount(), j.totalCredit().amount(), bodies);
    }
}
