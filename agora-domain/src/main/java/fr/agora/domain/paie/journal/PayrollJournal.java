package fr.agora.domain.paie.journal;

import fr.agora.domain.paie.Payslip;
import fr.agora.domain.paie.Payslip.CollectingBody;
import fr.agora.domain.paie.Payslip.ContributionLine;
import fr.agora.domain.shared.Money;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The accounting entry of a month's payslips (PCG): debit 641 (gross + non-subject bonuses) and 645 (employer
 * contributions, net of reductions); credit 421 (net paid), 431 (URSSAF), 437 (other social bodies: retraite
 * complémentaire, prévoyance/santé), 4421 (PAS withheld), 7088 (benefits in kind, not paid in cash). Balanced by
 * construction. IJSS advanced by the employer (subrogation) are paid in 421 and receivable from the CPAM: debit 4387.
 * Also the totals per collecting body (employee + employer) for the DSN; the RGDU counts on URSSAF and, for its
 * retirement share, on AGIRC-ARRCO (CSS L241-13 VIII), so each body's total is what is due to it.
 */
public record PayrollJournal(List<Entry> entries, Money totalDebit, Money totalCredit, Map<String, Money> byCollectingBody) {

    public record Entry(String account, String label, Money debit, Money credit) {
    }

    public static PayrollJournal of(List<Payslip> payslips) {
        Money gross = Money.ZERO, er = Money.ZERO, net = Money.ZERO, pas = Money.ZERO, aen = Money.ZERO, ijss = Money.ZERO;
        Map<CollectingBody, Money> bodies = new EnumMap<>(CollectingBody.class);
        for (CollectingBody b : CollectingBody.values()) {
            bodies.put(b, Money.ZERO);
        }
        for (Payslip p : payslips) {
            gross = gross.plus(p.gross()).plus(p.nonSubjectBonuses());
            er = er.plus(p.totalEmployer());
            net = net.plus(p.netPaid());
            pas = pas.plus(p.withholdingTax());
            aen = aen.plus(p.benefitsInKind());
            for (ContributionLine l : p.lines()) {
                bodies.merge(l.body(), l.employeeAmount().plus(l.employerAmount()), Money::plus);
            }
            // The RGDU line is shown once, in the Exonérations block; its retirement part is imputed on AGIRC-ARRCO.
            Money rgduOnRetirement = p.generalReduction().retraiteComplementaire();
            bodies.merge(CollectingBody.URSSAF, rgduOnRetirement.negate(), Money::plus);
            bodies.merge(CollectingBody.RETRAITE_COMPLEMENTAIRE, rgduOnRetirement, Money::plus);
            ijss = ijss.plus(p.sickPay().ijssNet());
        }
        List<Entry> e = new ArrayList<>();
        e.add(new Entry("641", "Rémunérations du personnel", gross, Money.ZERO));
        e.add(new Entry("645", "Charges de sécurité sociale et de prévoyance", er, Money.ZERO));
        if (ijss.isPositive()) {
            e.add(new Entry("4387", "Organismes sociaux - IJSS à recevoir (subrogation)", ijss, Money.ZERO));
        }
        e.add(new Entry("421", "Personnel - rémunérations dues", Money.ZERO, net));
        e.add(new Entry("431", "Sécurité sociale (URSSAF)", Money.ZERO, bodies.get(CollectingBody.URSSAF)));
        e.add(new Entry("437", "Autres organismes sociaux", Money.ZERO,
                bodies.get(CollectingBody.RETRAITE_COMPLEMENTAIRE).plus(bodies.get(CollectingBody.PREVOYANCE_SANTE))));
        e.add(new Entry("4421", "Prélèvement à la source", Money.ZERO, pas));
        if (aen.isPositive()) {
            e.add(new Entry("7088", "Avantages en nature", Money.ZERO, aen));
        }
        // like every other family's entries: no line at zero on both sides (no PAS withheld → no 4421 line)
        e.removeIf(x -> x.debit().isZero() && x.credit().isZero());
        Money d = Money.ZERO, c = Money.ZERO;
        for (Entry x : e) {
            d = d.plus(x.debit());
            c = c.plus(x.credit());
        }
        Map<String, Money> byBody = new java.util.LinkedHashMap<>();
        bodies.forEach((k, v) -> byBody.put(k.name(), v));
        byBody.put("DGFIP_PAS", pas);
        return new PayrollJournal(List.copyOf(e), d, c, byBody);
    }
}
