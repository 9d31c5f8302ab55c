package fr.agora.adapter.in.rest.workingtime;

import fr.agora.domain.workingtime.PublicHolidays;
import fr.agora.domain.workingtime.Rule;
import fr.agora.domain.workingtime.Violation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Request and response bodies of {@code /api/v1/working-time}. */
public final class WorkingTimeDtos {

    private WorkingTimeDtos() {
    }

    public record WorkingTimeWorkerRequest(
            @NotBlank @Size(max = 64) String id,
            @NotNull @Schema(description = "Under 18 on a day: the stricter limits apply", example = "1990-04-12") LocalDate birthDate,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("35") @Digits(integer = 2, fraction = 2)
            @Schema(description = "Contract hours a week; below 35 = part time", example = "35") BigDecimal contractWeeklyHours,
            @Schema(description = "Written request or agreement allowing fewer than 24 h (part time)") Boolean partTimeDerogation,
            @Schema(description = "Agreement raising the heures complémentaires ceiling to a third") Boolean complementaryHoursAgreement,
            @Positive @Digits(integer = 4, fraction = 2) @Schema(description = "Prices heures complémentaires; the month's SMIC when absent", example = "12.50") BigDecimal hourlyRate,
            @PositiveOrZero @Digits(integer = 3, fraction = 1) @Schema(description = "Congés payés left, jours ouvrables", example = "25") BigDecimal leaveBalanceDays) {
    }

    public record WorkingTimeShiftRequest(
            @NotBlank @Size(max = 64) String workerId,
            @NotNull @Schema(example = "2026-03-02T08:00:00") LocalDateTime start,
            @NotNull @Schema(example = "2026-03-02T16:30:00") LocalDateTime end,
            @Min(0) @Max(720) @Schema(description = "Break minutes inside the shift", example = "30") Integer breakMinutes) {
    }

    public record WorkingTimeLeaveRequest(
            @NotBlank @Size(max = 64) String id,
            @NotBlank @Size(max = 64) String workerId,
            @NotNull @Schema(example = "2026-03-09") LocalDate from,
            @NotNull @Schema(example = "2026-03-14") LocalDate to) {
    }

    public record WorkingTimeCheckRequest(
            @NotNull @Size(min = 1, max = 2000) List<@NotNull @Valid WorkingTimeWorkerRequest> workers,
            @NotNull @Size(max = 50_000) List<@NotNull @Valid WorkingTimeShiftRequest> shifts,
            @Size(max = 5000) List<@NotNull @Valid WorkingTimeLeaveRequest> leaveRequests,
            @Min(0) @Max(2000) @Schema(description = "People who must be present (not on leave) each jour ouvrable; 0 = no rule", example = "1") Integer minimumStaffing,
            @Schema(description = "For the public holidays; METROPOLE when absent") PublicHolidays.Region region) {
    }

    public record WorkingTimeViolationDto(Rule rule, Violation.Severity severity, String article, String workerId, LocalDate day,
            BigDecimal measured, BigDecimal limit, String message) {
    }

    public record ComplementaryHoursDto(String workerId, LocalDate weekStart, BigDecimal contractHours, BigDecimal workedHours,
            BigDecimal hoursAt10Percent, BigDecimal hoursAt25Percent, BigDecimal hourlyRate, BigDecimal pay) {
    }

    public record LeaveDecisionDto(String requestId, String workerId, int daysRequested, BigDecimal balanceBefore,
            boolean granted, List<WorkingTimeViolationDto> reasons) {
    }

    public record WorkingTimeCheckResponse(boolean compliant, List<WorkingTimeViolationDto> violations,
            List<ComplementaryHoursDto> complementaryHours, List<LeaveDecisionDto> leaveDecisions) {
    }
}
