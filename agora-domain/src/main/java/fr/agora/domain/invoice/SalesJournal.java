package fr.agora.domain.invoice;

import fr.agora.domain.invoice.InvoiceComputation.VatAmount;
import fr.agora.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * The sales-journal entries of an invoice, in PCG accounts (RULES-REFERENCE §1.2, §2.1–2.3): every line carries its
 * amount on one side, the other side zero (the REST answer leaves it out); a negative amount goes to the other side,
 * so no line is ever written with a negative or a zero amount.
 *
 * <ul>
 *   <li>Invoice: D 411 TTC, D 665 escompte, C 707 (goods) / 706 (services) at the net commercial, C 7085 accessory
 *       charges, C 44571 TVA per rate — or C 44574 "TVA collectée sur encaissements" when the TVA of services is due
 *       on payment: it waits there and moves to 44571 when the customer pays.</li>
 *   <li>With an acompte: the acompte invoice's entry (D 411 acompte TTC / C 4191 acompte HT / C 44571 its TVA), then
 *       the balance entry: D 411 TTC − acompte, D 4191 acompte HT, C revenue, C 44571 TVA − the TVA already
 *       collected on the acompte.</li>
 *   <li>A credit note mirrors the invoice entry, revenue on 709.</li>
 * </ul>
 */
final class SalesJournal {

    static final String CUSTOMERS = "411";
    static final String DEPOSITS_RECEIVED = "4191";
    static final String CASH_DISCOUNTS = "665";
    static final String GOODS = "707";
    static final String SERVICES = "706";
    static final String RETURNS = "709";
    static final String ACCESSORY_CHARGES = "7085";
    static final String VAT_COLLECTED = "44571";
    static final String VAT_ON_RECEIPTS = "44574";

    private SalesJournal() {
    }

    /** The amounts an invoice's entry needs. {@code depositVatByRate} follows the order of {@code vat}. */
    record Amounts(boolean creditNote, boolean vatOnReceipts, Money goodsRevenue, Money servicesRevenue,
            Money cashDiscount, Money accessoryCharges, List<VatAmount> vat, Money totalInclVat, Money deposit,
            Money depositExclVat, long[] depositVatByRate) {
    }

    /** The invoice's entry; with an acompte, the balance entry (after {@link #depositEntry}). */
    static JournalEntry invoiceEntry(Amounts a) {
        List<JournalEntry.Line> debits = new ArrayList<>();
        List<JournalEntry.Line> credits = new ArrayList<>();
        post(debits, credits, CUSTOMERS, "Clients", a.totalInclVat().minus(a.deposit()), false);
        post(debits, credits, DEPOSITS_RECEIVED, "Acompte imputé (HT)", a.depositExclVat(), false);
        post(debits, credits, CASH_DISCOUNTS, "Escomptes accordés", a.cashDiscount(), false);
        post(debits, credits, a.creditNote() ? RETURNS : GOODS,
                a.creditNote() ? "RRR accordés / retours (marchandises)" : "Ventes de marchandises", a.goodsRevenue(), true);
        post(debits, credits, a.creditNote() ? RETURNS : SERVICES,
                a.creditNote() ? "RRR accordés (prestations de services)" : "Prestations de services", a.servicesRevenue(), true);
        post(debits, credits, ACCESSORY_CHARGES, "Ports et frais accessoires facturés", a.accessoryCharges(), true);
        for (int k = 0; k < a.vat().size(); k++) {
            VatAmount v = a.vat().get(k);
            Money balance = v.amount().minus(Money.ofCents(a.depositVatByRate()[k]));
            post(debits, credits, vatAccount(a), vatLabel(a, v, ""), balance, true);
        }
        List<JournalEntry.Line> out = new ArrayList<>(debits.size() + credits.size());
        if (!a.creditNote()) {
            out.addAll(debits);
            out.addAll(credits);
            return new JournalEntry("VE", "Facture", out);
        }
        for (JournalEntry.Line l : credits) {
            out.add(new JournalEntry.Line(l.account(), l.label(), l.credit(), l.debit()));
        }
        for (JournalEntry.Line l : debits) {
            out.add(new JournalEntry.Line(l.account(), l.label(), l.credit(), l.debit()));
        }
        return new JournalEntry("VE", "Avoir", out);
    }

    /** The acompte invoice's entry: D 411 acompte TTC / C 4191 acompte HT / C 44571 (or 44574) its TVA per rate. */
    static JournalEntry depositEntry(Amounts a) {
        List<JournalEntry.Line> debits = new ArrayList<>();
        List<JournalEntry.Line> credits = new ArrayList<>();
        post(debits, credits, CUSTOMERS, "Clients — facture d'acompte", a.deposit(), false);
        post(debits, credits, DEPOSITS_RECEIVED, "Avances et acomptes reçus sur commandes", a.depositExclVat(), true);
        for (int k = 0; k < a.vat().size(); k++) {
            post(debits, credits, vatAccount(a), vatLabel(a, a.vat().get(k), " (acompte)"),
                    Money.ofCents(a.depositVatByRate()[k]), true);
        }
        List<JournalEntry.Line> out = new ArrayList<>(debits);
        out.addAll(credits);
        return new JournalEntry("VE", "Facture d'acompte", out);
    }

    private static String vatAccount(Amounts a) {
        return a.vatOnReceipts() ? VAT_ON_RECEIPTS : VAT_COLLECTED;
    }

    private static String vatLabel(Amounts a, VatAmount v, String suffix) {
        return (a.vatOnReceipts() ? "TVA collectée sur encaissements " : "TVA collectée ") + v.rate().toPlainString() + " %"
                + suffix;
    }

    /** The amount on its side ({@code credit} or debit); a negative one goes to the other side; zero writes nothing. */
    private static void post(List<JournalEntry.Line> debits, List<JournalEntry.Line> credits, String account,
            String label, Money amount, boolean credit) {
        if (amount.isZero()) {
            return;
        }
        boolean onCredit = credit == amount.isPositive();
        Money positive = amount.isPositive() ? amount : amount.negate();
        if (onCredit) {
            credits.add(new JournalEntry.Line(account, label, Money.ZERO, positive));
        } else {
            debits.add(new JournalEntry.Line(account, label, positive, Money.ZERO));
        }
    }
}
