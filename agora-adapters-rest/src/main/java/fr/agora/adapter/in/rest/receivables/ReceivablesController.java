package fr.agora.adapter.in.rest.receivables;

import fr.agora.application.port.in.receivables.AgeReceivablesCommand;
import fr.agora.application.port.in.receivables.AgeReceivablesUseCase;
import fr.agora.domain.receivables.AgeingBucket;
import fr.agora.domain.receivables.AgeingReport;
import fr.agora.domain.receivables.OpenItem;
import fr.agora.domain.receivables.ReminderPolicy;
import fr.agora.domain.shared.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Receivables")
public class ReceivablesController {

    public record AgeingRequest(@NotNull LocalDate date, @NotNull @Size(max = 100_000) List<@Valid @NotNull ItemDto> items,
                                @Valid ReminderPolicyDto policy) {
    }

    public record ItemDto(@NotBlank @Size(max = 64) String id, @NotBlank @Size(max = 100) String customer,
                          @NotNull LocalDate dueDate, @NotNull @Digits(integer = 15, fraction = 2) BigDecimal amount) {
    }

    public record ReminderPolicyDto(@NotNull @Min(1) Integer firstReminderDays, @NotNull @Min(1) Integer secondReminderDays,
                            @NotNull @Min(1) Integer formalNoticeDays, @NotNull @Min(1) Integer litigationDays) {
    }

    public record AgeingResponse(LocalDate date, Map<String, BigDecimal> totals, BigDecimal total,
                                 List<AgedItemDto> items, List<CustomerDto> customers) {
    }

    public record AgedItemDto(String id, String customer, long daysOverdue, String bucket, BigDecimal amount) {
    }

    public record CustomerDto(String customer, Map<String, BigDecimal> totals, BigDecimal total, long maxDaysOverdue,
                              String stage) {
    }

    private final AgeReceivablesUseCase useCase;

    public ReceivablesController(AgeReceivablesUseCase useCase) {
        this.useCase = useCase;
    }

    @PostMapping("/api/v1/receivables/ageing")
    @Operation(operationId = "computeReceivablesAgeing", summary = "Balance âgée and reminder stages",
            description = "Buckets: NOT_DUE, DAYS_1_30, DAYS_31_60, DAYS_61_90, OVER_90 (days past due at `date`). "
                    + "Stage per customer from its oldest overdue item under the policy (defaults 1/15/30/60 days).")
    @ApiResponse(responseCode = "200", description = "Ageing report")
    @ApiResponse(responseCode = "400", description = "Invalid input; `field` names the item",
            content = @Content(mediaType = "application/problem+json"))
    public AgeingResponse age(@Valid @RequestBody AgeingRequest r) {
        List<OpenItem> items = r.items().stream()
                .map(i -> new OpenItem(i.id(), i.customer(), i.dueDate(), Money.of(i.amount()))).toList();
        ReminderPolicy policy = r.policy() == null ? null : new ReminderPolicy(r.policy().firstReminderDays(),
                r.policy().secondReminderDays(), r.policy().formalNoticeDays(), r.policy().litigationDays());
        AgeingReport rep = useCase.age(new AgeReceivablesCommand(r.date(), items, policy));
        return new AgeingResponse(rep.date(), totals(rep.totals()), rep.total().amount(),
                rep.items().stream().map(i -> new AgedItemDto(i.id(), i.customer(), i.daysOverdue(), i.bucket().name(),
                        i.amount().amount())).toList(),
                rep.customers().stream().map(c -> new CustomerDto(c.customer(), totals(c.totals()), c.total().amount(),
                        c.maxDaysOverdue(), c.stage().name())).toList());
    }

    private static Map<String, BigDecimal> totals(Map<AgeingBucket, Money> m) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k.name(), v.amount()));
        return out;
    }
}
