package fr.agora.adapter.in.rest.bank;

import fr.agora.adapter.in.rest.bank.BankReconciliationDtos.*;
import fr.agora.application.port.in.bank.ReconcileBankCommand;
import fr.agora.domain.bank.AdjustingEntry;
import fr.agora.domain.bank.BookEntry;
import fr.agora.domain.bank.MatchingOptions;
import fr.agora.domain.bank.Reconciliation;
import fr.agora.domain.bank.StatementLine;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * DTO ↔ domain mapping, hand-written: the lists can hold a million items, and the Money / id-list conversions are
 * one-liners (MapStruct would need as many custom methods as there are lines here).
 */
final class BankReconciliationMapper {
    private BankReconciliationMapper() {
    }

    static ReconcileBankCommand toCommand(ReconciliationRequest r) {
        List<BookEntry> entries = new ArrayList<>(r.bookEntries().size());
        for (BookEntryDto e : r.bookEntries()) {
            entries.add(new BookEntry(e.id(), e.date(), e.label(), e.reference(), Money.of(e.amount())));
        }
        List<StatementLine> lines = new ArrayList<>(r.statementLines().size());
        for (StatementLineDto l : r.statementLines()) {
            lines.add(new StatementLine(l.id(), l.date(), l.label(), l.reference(), Money.of(l.amount()),
                    l.counterpartAccount(), l.vatAmount() == null ? null : Money.of(l.vatAmount())));
        }
        MatchingOptions options = r.options() == null || r.options().dateToleranceDays() == null
                ? MatchingOptions.defaults() : MatchingOptions.withTolerance(r.options().dateToleranceDays());
        return new ReconcileBankCommand(r.date(), Money.of(r.bookBalance()), Money.of(r.bankBalance()), entries, lines,
                options);
    }

    static ReconciliationResponse toResponse(Reconciliation r) {
        return new ReconciliationResponse(
                r.matches().stream().map(m -> new MatchDto(m.bookEntryIds(), m.statementLineIds(), m.rule().name())).toList(),
                r.nearMisses().stream().map(n -> new NearMissDto(n.bookEntryId(), n.statementLineId(), n.reference(),
                        bd(n.bookAmount()), bd(n.statementAmount()), bd(n.difference()))).toList(),
                r.unmatchedBookEntries().stream().map(BookEntry::id).toList(),
                r.unmatchedStatementLines().stream().map(StatementLine::id).toList(),
                bd(r.adjustedBookBalance()), bd(r.adjustedBankBalance()), r.balanced(), bd(r.difference()),
                r.adjustingEntries().stream().map(BankReconciliationMapper::entry).toList());
    }

    private static AdjustingEntryDto entry(AdjustingEntry a) {
        return new AdjustingEntryDto(a.statementLineId(), a.label(), a.suspense(), a.lines().stream()
                .map(l -> new EntryLineDto(l.account(), bd(l.debit()), bd(l.credit()))).toList());
    }

    static BigDecimal bd(Money m) {
        return m.amount();
    }
}
