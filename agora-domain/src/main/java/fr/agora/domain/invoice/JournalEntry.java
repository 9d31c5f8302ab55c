package fr.agora.domain.invoice;

import fr.agora.domain.shared.Money;
import java.util.List;

/** A journal entry in PCG accounts: debits equal credits. */
public record JournalEntry(String journal, String label, List<Line> lines) {

    public JournalEntry {
        lines = List.copyOf(lines);
    }

    public record Line(String account, String label, Money debit, Money credit) {
    }

    public Money totalDebit() {
        return Money.total(lines.stream().map(Line::debit).toList());
    }

    public Money totalCredit() {
        return Money.total(lines.stream().map(Line::credit).toList());
    }

    public boolean balanced() {
        return totalDebit().equals(totalCredit());
    }
}
