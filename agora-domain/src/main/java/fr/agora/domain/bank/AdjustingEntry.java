package fr.agora.domain.bank;

import fr.agora.domain.shared.Money;
import java.util.List;

/**
 * An écriture de régularisation for a line only the bank shows. {@code suspense} is true when no counterpart was
 * given and the amount waits in the suspense account 471.
 */
public record AdjustingEntry(String statementLineId, String label, List<Line> lines, boolean suspense) {
    public AdjustingEntry {
        lines = List.copyOf(lines);
    }

    public record Line(String account, Money debit, Money credit) {
    }
}
