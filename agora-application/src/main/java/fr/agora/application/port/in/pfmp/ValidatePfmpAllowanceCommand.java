package fr.agora.application.port.in.pfmp;

import fr.agora.application.port.in.shared.Caller;
import java.math.BigDecimal;
import java.util.Objects;

/** The head of school validates the days and amount shown for one period: both must equal the computed ones. */
public record ValidatePfmpAllowanceCommand(Caller caller, String studentId, String period, int days, BigDecimal amount) {
    public ValidatePfmpAllowanceCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
