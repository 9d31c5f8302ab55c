package fr.agora.adapter.in.rest.bank;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of {@code POST /api/v1/bank-reconciliations}. */
public final class BankReconciliationDtos {
    private BankReconciliationDtos() {
    }

    public record ReconciliationRequest(
            @NotNull LocalDate date,
            @NotNull @Digits(integer = 15, fraction = 2) BigDecimal bookBalance,
            @NotNull @Digits(integer = 15, fraction = 2) BigDecimal bankBalance,
            @NotNull @Size(max = 2_000_000) List<@Valid @NotNull BookEntryDto> bookEntries,
            @NotNull @Size(max = 2_000_000) List<@Valid @NotNull StatementLineDto> statementLines,
            @Valid OptionsDto options) {
    }

    public record BookEntryDto(@NotBlank @Size(max = 64) String id, @NotNull LocalDate date, @Size(max = 500) String label,
                               @Size(max = 100) String reference,
                               @NotNull @Digits(integer = 15, fraction = 2) BigDecimal amount) {
    }

    public record StatementLineDto(@NotBlank @Size(max = 64) String id, @NotNull LocalDate date,
                                   @Size(max = 500) String label, @Size(max = 100) String reference,
                                   @NotNull @Digits(integer = 15, fraction = 2) BigDecimal amount,
                                   @Size(max = 20) String counterpartAccount,
                                   @Digits(integer = 15, fraction = 2) BigDecimal vatAmount) {
    }

    public record OptionsDto(@Min(0) @Max(366) Integer dateToleranceDays) {
    }

    public record ReconciliationResponse(List<MatchDto> matches, List<NearMissDto> nearMisses,
                                         List<String> unmatchedBookEntries, List<String> unmatchedStatementLines,
                                         BigDecimal adjustedBookBalance, BigDecimal adjustedBankBalance,
                                         boolean balanced, BigDecimal difference,
                                         List<AdjustingEntryDto> adjustingEntries) {
    }

    public record MatchDto(List<String> bookEntryIds, List<String> statementLineIds, String rule) {
    }

    public record NearMissDto(String bookEntryId, String statementLineId, String reference, BigDecimal bookAmount,
                              BigDecimal statementAmount, BigDecimal difference) {
    }

    public record AdjustingEntryDto(String statementLineId, String label, boolean suspense, List<EntryLineDto> lines) {
    }

    public record EntryLineDto(String account, BigDecimal debit, BigDecimal credit) {
    }
}
