package fr.agora.adapter.in.rest.bank;

import fr.agora.adapter.in.rest.bank.BankReconciliationDtos.BankAdjustingEntryDto;
import fr.agora.adapter.in.rest.bank.BankReconciliationDtos.BankBookEntryDto;
import fr.agora.adapter.in.rest.bank.BankReconciliationDtos.BankEntryLineDto;
import fr.agora.adapter.in.rest.bank.BankReconciliationDtos.BankMatchDto;
import fr.agora.adapter.in.rest.bank.BankReconciliationDtos.BankNearMissDto;
import fr.agora.adapter.in.rest.bank.BankReconciliationDtos.BankReconciliationRequest;
import fr.agora.adapter.in.rest.bank.BankReconciliationDtos.BankReconciliationResponse;
import fr.agora.adapter.in.rest.bank.BankReconciliationDtos.BankStatementLineDto;
import fr.agora.adapter.in.rest.bank.BankReconciliationDtos.BankSuggestionDto;
import fr.agora.application.port.in.bank.ReconcileBankCommand;
import fr.agora.domain.bank.AdjustingEntry;
import fr.agora.domain.bank.BookEntry;
import fr.agora.domain.bank.Match;
import fr.agora.domain.bank.MatchingOptions;
import fr.agora.domain.bank.Reconciliation;
import fr.agora.domain.bank.StatementLine;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * DTO ↔ domain mapping, hand-written: the lists can hold two million items, and the Money / id-list / empty-side
 * conversions are one-liners (MapStruct would need as many custom methods as there are lines here).
 */
final class BankReconciliationMapper {
    private BankReconciliationMapper() {
    }

    static ReconcileBankCommand toCommand(BankReconciliationRequest r) {
        List<BookEntry> entries = new ArrayList<>(r.bookEntries().size());
        for (BankBookEntryDto e : r.bookEntries()) {
            entries.add(new BookEntry(e.id(), e.date(), e.label(), e.reference(), Money.of(e.amount()),
                    e.counterpartAccount()));
        }
        List<StatementLine> lines = new ArrayList<>(r.statementLines().size());
        for (BankStatementLineDto l : r.statementLines()) {
            lines.add(new StatementLine(l.id(), l.date(), l.label(), l.reference(), Money.of(l.amount()),
                    l.counterpartAccount(), l.vatAmount() == null ? null : Money.of(l.vatAmount())));
        }
        MatchingOptions options = r.options() == null || r.options().dateToleranceDays() == null
                ? MatchingOptions.defaults() : MatchingOptions.withTolerance(r.options().dateToleranceDays());
        return new ReconcileBankCommand(r.date(), Money.of(r.bookBalance()), Money.of(r.bankBalance()), entries, lines,
                options);
    }

    static BankReconciliationResponse toResponse(Reconciliation r) {
        return new BankReconciliationResponse(
                r.matches().stream().map(BankReconciliationMapper::match).toList(),
                r.nearMisses().stream().map(n -> new BankNearMissDto(n.bookEntryId(), n.statementLineId(),
                        n.reference(), bd(n.bookAmount()), bd(n.statementAmount()), bd(n.difference()),
                        n.differenceDivisibleByNine())).toList(),
                r.suggestions().stream().map(s -> new BankSuggestionDto(s.bookEntryId(), s.statementLineId(),
                        s.rule().name(), s.reason().name(), s.bookValue(), s.statementValue())).toList(),
                r.unmatchedBookEntries().stream().map(BookEntry::id).toList(),
                r.unmatchedStatementLines().stream().map(StatementLine::id).toList(),
                bd(r.adjustedBookBalance()), bd(r.adjustedBankBalance()), r.balanced(), bd(r.difference()),
                r.adjustingEntries().stream().map(BankReconciliationMapper::entry).toList());
    }

    private static BankMatchDto match(Match m) {
        if (m.correction().isZero()) {
            return new BankMatchDto(m.bookEntryIds(), m.statementLineIds(), m.rule().name(), null, null);
        }
        return new BankMatchDto(m.bookEntryIds(), m.statementLineIds(), m.rule().name(), bd(m.correction()),
                "Transposition: the bank's amount differs from the book's by " + m.correction()
                        + " (a multiple of 9); corrected by an adjusting entry");
    }

    private static BankAdjustingEntryDto entry(AdjustingEntry a) {
        return new BankAdjustingEntryDto(a.statementLineId(), a.bookEntryId(), a.label(), a.suspense(),
                a.reason().name(), a.lines().stream()
                .map(l -> new BankEntryLineDto(l.account(), sideOrNull(l.debit()), sideOrNull(l.credit()))).toList());
    }

    /** An entry line prints its amount on one side only: the empty side is left out (null, not 0.00). */
    private static BigDecimal sideOrNull(Money m) {
        return m.isZero() ? null : m.amount();
    }

    static BigDecimal bd(Money m) {
        return m.amount();
    }
}
