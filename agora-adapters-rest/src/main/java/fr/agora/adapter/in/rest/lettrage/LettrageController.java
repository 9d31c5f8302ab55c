package fr.agora.adapter.in.rest.lettrage;

import fr.agora.application.port.in.lettrage.LetterAccountCommand;
import fr.agora.application.port.in.lettrage.LetterAccountUseCase;
import fr.agora.domain.lettrage.LettrageLine;
import fr.agora.domain.lettrage.LettrageResult;
import fr.agora.domain.lettrage.WriteOff;
import fr.agora.domain.shared.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Lettrage")
public class LettrageController {

    public record LettrageRequest(@NotBlank @Pattern(regexp = "4[01][0-9A-Z]*") String account,
                                  @NotNull @Size(max = 100_000) List<@Valid @NotNull LettrageLineDto> lines,
                                  @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal tolerance,
                                  @Pattern(regexp = "[A-Z]{1,6}") String nextLetter) {
    }

    public record LettrageLineDto(@NotBlank @Size(max = 64) String id, @NotNull LocalDate date, @Size(max = 500) String label,
                          @Size(max = 100) String reference,
                          @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal debit,
                          @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal credit) {
    }

    public record LettrageResponse(String account, List<GroupDto> groups, List<PartialDto> partial, List<String> open,
                                   String nextLetter) {
    }

    public record GroupDto(String letter, List<String> lineIds, WriteOffDto writeOff) {
    }

    public record WriteOffDto(String account, BigDecimal amount, String debitAccount, String creditAccount) {
    }

    public record PartialDto(List<String> lineIds, BigDecimal remaining) {
    }

    private final LetterAccountUseCase useCase;

    public LettrageController(LetterAccountUseCase useCase) {
        this.useCase = useCase;
    }

    @PostMapping("/api/v1/lettrage")
    @Operation(operationId = "computeLettrage", summary = "Lettrage of a third-party account",
            description = "Letters complete groups (sum zero, or within tolerance with a 658/758 write-off), reports "
                    + "partial groups and open lines.")
    @ApiResponse(responseCode = "200", description = "Groups, partial lettrages and open lines")
    @ApiResponse(responseCode = "400", description = "Invalid input (duplicate id, debit and credit on one line …)",
            content = @Content(mediaType = "application/problem+json"))
    public LettrageResponse letter(@Valid @RequestBody LettrageRequest r) {
        List<LettrageLine> lines = r.lines().stream().map(l -> new LettrageLine(l.id(), l.date(), l.label(),
                l.reference(), l.debit() == null ? null : Money.of(l.debit()),
                l.credit() == null ? null : Money.of(l.credit()))).toList();
        LettrageResult res = useCase.letter(new LetterAccountCommand(r.account(), lines,
                r.tolerance() == null ? null : Money.of(r.tolerance()), r.nextLetter()));
        return new LettrageResponse(res.account(),
                res.groups().stream().map(g -> new GroupDto(g.letter(), g.lineIds(), writeOff(g.writeOff()))).toList(),
                res.partial().stream().map(p -> new PartialDto(p.lineIds(), p.remaining().amount())).toList(),
                res.open(), res.nextLetter());
    }

    private static WriteOffDto writeOff(WriteOff w) {
        return w == null ? null : new WriteOffDto(w.account(), w.amount().amount(), w.debitAccount(), w.creditAccount());
    }
}
