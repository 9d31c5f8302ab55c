package fr.agora.adapter.in.rest.lettrage;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of {@code POST /api/v1/lettrage}. */
public final class LettrageDtos {
    private LettrageDtos() {
    }

    public record LettrageRequest(@NotBlank @Pattern(regexp = "4[01][0-9A-Z]{0,18}") String account,
                                  @NotNull @Size(max = 100_000) List<@Valid @NotNull LettrageLineDto> lines,
                                  @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal tolerance,
                                  @Pattern(regexp = "[A-Z]{1,6}") String nextLetter) {
    }

    public record LettrageLineDto(@NotBlank @Size(max = 64) String id, @NotNull LocalDate date,
                                  @Size(max = 500) String label, @Size(max = 100) String reference,
                                  @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal debit,
                                  @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal credit) {
    }

    public record LettrageResponse(String account, List<LettrageGroupDto> groups, List<LettragePartialDto> partial,
                                   List<String> open, String nextLetter) {
    }

    public record LettrageGroupDto(String letter, List<String> lineIds, LettrageWriteOffDto writeOff) {
    }

    /** D debitAccount / C creditAccount for {@code amount}, always positive; {@code account} is the 658 or 758 side. */
    public record LettrageWriteOffDto(@Schema(example = "758") String account,
                                      @Schema(description = "Positive: the side is given by the accounts", example = "0.40")
                                      BigDecimal amount,
                                      @Schema(example = "411") String debitAccount,
                                      @Schema(example = "758") String creditAccount) {
    }

    public record LettragePartialDto(List<String> lineIds, BigDecimal remaining) {
    }
}
