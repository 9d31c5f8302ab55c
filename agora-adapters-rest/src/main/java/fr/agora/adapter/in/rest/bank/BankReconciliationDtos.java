package fr.agora.adapter.in.rest.bank;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of {@code POST /api/v1/bank-reconciliations}. */
public final class BankReconciliationDtos {
    private BankReconciliationDtos() {
    }

    /** A chart-of-accounts number: digits, then digits or capitals (411, 4010042, 411DUPONT). */
    static final String ACCOUNT = "[0-9][0-9A-Z]{0,19}";

    public record BankReconciliationRequest(
            @NotNull LocalDate date,
            @NotNull @Digits(integer = 15, fraction = 2) BigDecimal bookBalance,
            @NotNull @Digits(integer = 15, fraction = 2) BigDecimal bankBalance,
            @NotNull @Size(max = 2_000_000) List<@Valid @NotNull BankBookEntryDto> bookEntries,
            @NotNull @Size(max = 2_000_000) List<@Valid @NotNull BankStatementLineDto> statementLines,
            @Valid BankMatchingOptionsDto options) {
    }

    public record BankBookEntryDto(@NotBlank @Size(max = 64) String id, @NotNull LocalDate date,
                                   @Size(max = 500) String label, @Size(max = 100) String reference,
                                   @NotNull @Digits(integer = 15, fraction = 2) BigDecimal amount,
                                   @Schema(description = "The entry's other account (401 for a supplier cheque): a line "
                                           + "whose counterpart contradicts it is suggested, never matched",
                                           example = "401")
                                   @Pattern(regexp = ACCOUNT) String counterpartAccount) {
    }

    public record BankStatementLineDto(@NotBlank @Size(max = 64) String id, @NotNull LocalDate date,
                                       @Size(max = 500) String label, @Size(max = 100) String reference,
                                       @NotNull @Digits(integer = 15, fraction = 2) BigDecimal amount,
                                       @Schema(example = "431") @Pattern(regexp = ACCOUNT) String counterpartAccount,
                                       @Digits(integer = 15, fraction = 2) BigDecimal vatAmount) {
    }

    public record BankMatchingOptionsDto(@Min(0) @Max(366) Integer dateToleranceDays) {
    }

    public record BankReconciliationResponse(List<BankMatchDto> matches, List<BankNearMissDto> nearMisses,
                                             List<BankSuggestionDto> suggestions,
                                             List<String> unmatchedBookEntries, List<String> unmatchedStatementLines,
                                             BigDecimal adjustedBookBalance, BigDecimal adjustedBankBalance,
                                             boolean balanced, BigDecimal difference,
                                             List<BankAdjustingEntryDto> adjustingEntries) {
    }

    public record BankMatchDto(List<String> bookEntryIds, List<String> statementLineIds,
                               @Schema(example = "REFERENCE_WITH_CORRECTION") String rule,
                               @Schema(description = "Statement − book for a transposition corrected by an adjusting "
                                       + "entry; absent otherwise", example = "-9.00") BigDecimal correction,
                               @Schema(description = "What happened, for a corrected match",
                                       example = "Transposition: the bank's amount differs from the book's by -9.00 "
                                               + "(a multiple of 9); corrected by an adjusting entry")
                               String explanation) {
    }

    public record BankNearMissDto(String bookEntryId, String statementLineId, String reference, BigDecimal bookAmount,
                                  BigDecimal statementAmount, BigDecimal difference,
                                  @Schema(description = "The textbook hint of a slide or transposition error",
                                          example = "true") boolean differenceDivisibleByNine) {
    }

    public record BankSuggestionDto(String bookEntryId, String statementLineId,
                                    @Schema(example = "AMOUNT_DATE") String rule,
                                    @Schema(example = "COUNTERPART_ACCOUNTS_DIFFER") String reason,
                                    @Schema(example = "401") String bookValue,
                                    @Schema(example = "431") String statementValue) {
    }

    public record BankAdjustingEntryDto(String statementLineId,
                                        @Schema(description = "The entry corrected, for a correction", example = "B1")
                                        String bookEntryId,
                                        String label, boolean suspense,
                                        @Schema(example = "AMOUNT_ERROR_CORRECTION") String reason,
                                        List<BankEntryLineDto> lines) {
    }

    /** One side only: the empty side is left out. */
    public record BankEntryLineDto(String account, @Schema(example = "9.00") BigDecimal debit, BigDecimal credit) {
    }
}
