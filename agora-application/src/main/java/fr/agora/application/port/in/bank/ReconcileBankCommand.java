package fr.agora.application.port.in.bank;

import fr.agora.domain.bank.BookEntry;
import fr.agora.domain.bank.MatchingOptions;
import fr.agora.domain.bank.StatementLine;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;

/** Input of {@link ReconcileBankUseCase}; checks its own shape (the engine checks ids and dates). */
public record ReconcileBankCommand(LocalDate date, Money bookBalance, Money bankBalance, List<BookEntry> bookEntries,
                                   List<StatementLine> statementLines, MatchingOptions options) {
    public ReconcileBankCommand {
        if (date == null) {
            throw new InvalidInputException("date", "is required");
        }
        if (bookBalance == null) {
            throw new InvalidInputException("bookBalance", "is required");
        }
        if (bankBalance == null) {
            throw new InvalidInputException("bankBalance", "is required");
        }
        bookEntries = bookEntries == null ? List.of() : List.copyOf(bookEntries);
        statementLines = statementLines == null ? List.of() : List.copyOf(statementLines);
        options = options == null ? MatchingOptions.defaults() : options;
    }
}
