package fr.agora.domain.tva;

import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.Map;

/**
 * A computed 3310-CA3: the boxes keyed by line code (in the form's order), the TVA to pay (line 32) or the credit
 * to carry forward (line 27, to be reported on line 22 next time), and the difference between the exact accounting
 * balance and the whole euros declared, with the account it is booked to (658 charge / 758 produit).
 */
public record Ca3Return(LocalDate from, LocalDate to, Map<String, Ca3Box> boxes, Money vatDue,
        Money creditCarriedForward, Money refundRequested, Money roundingDifference, String roundingAccount,
        Money exactNetVat) {

    public long euros(String code) {
        Ca3Box b = boxes.get(code);
        if (b == null) {
            return 0;
        }
        Money m = b.amount() != null ? b.amount() : b.tax();
        return m.cents() / 100;
    }

    public long baseEuros(String code) {
        Ca3Box b = boxes.get(code);
        return b == null || b.base() == null ? 0 : b.base().cents() / 100;
    }
}
