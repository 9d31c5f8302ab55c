package fr.agora.adapter.in.rest.pfmp;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of the attestation and allocation de PFMP. */
public final class PfmpDtos {

    private PfmpDtos() {
    }

    @Schema(description = "A placement's year of the cycle and the absence days of the host's attestation")
    public record PfmpAttendanceRequest(
            @NotNull @Pattern(regexp = "SECONDE|PREMIERE|TERMINALE") @Schema(example = "TERMINALE") String cycleYear,
            @NotNull @Min(0) @Max(60) @Schema(example = "2") Integer justifiedAbsenceDays,
            @NotNull @Min(0) @Max(60) @Schema(example = "1") Integer unjustifiedAbsenceDays) {
    }

    public record PfmpAttendanceResponse(String studentId, String period, String cycleYear, int justifiedAbsenceDays,
                                         int unjustifiedAbsenceDays) {
    }

    public record PfmpAttestationLineDto(String period, LocalDate start, LocalDate end, String organisation, String tutorName,
                                         String cycleYear, int plannedDays, int justifiedAbsenceDays, int unjustifiedAbsenceDays,
                                         Integer daysDone, BigDecimal weeksDone, boolean attested) {
    }

    public record PfmpRequirementDto(int fromSession, int requiredWeeks, String source) {
    }

    public record PfmpAttestationResponse(String studentId, String lastName, String firstName, String cohortId, String cohortName,
                                          int examSessionYear, List<PfmpAttestationLineDto> periods, int daysDone,
                                          BigDecimal weeksDone, PfmpRequirementDto requirement, boolean requirementMet) {
    }

    public record PfmpAllowanceLineDto(String period, String cycleYear, int days, BigDecimal dailyForfait, BigDecimal uncapped,
                                       BigDecimal amount, boolean capped, boolean validated, String validatedBy,
                                       Instant validatedAt, String source) {
    }

    public record PfmpAllowanceResponse(String studentId, String lastName, String firstName, List<PfmpAllowanceLineDto> periods,
                                        BigDecimal total) {
    }

    @Schema(description = "The days and amount the head of school validates; both must equal those computed")
    public record PfmpAllowanceValidationRequest(
            @NotNull @Min(0) @Max(300) @Schema(example = "17") Integer days,
            @NotNull @DecimalMin("0.00") @Digits(integer = 6, fraction = 2) @Schema(example = "340.00") BigDecimal amount) {
    }

    public record PfmpAllowanceValidationResponse(String studentId, String period, String cycleYear, int days, BigDecimal amount,
                                                  String validatedBy, Instant validatedAt) {
    }
}
