package fr.agora.application.port.in.pfmp;

import fr.agora.domain.pfmp.AllowanceValidation;

/**
 * The head of school (SCHOOL_ADMIN) validates a period's allowance; stored and audited; idempotent (validating again
 * the same figures returns the first validation); 409 {@code pfmp-allowance-mismatch} when the figures sent differ from
 * the computed or already validated ones; 422 when the period is not attested.
 */
public interface ValidatePfmpAllowanceUseCase {
    AllowanceValidation validate(ValidatePfmpAllowanceCommand command);
}
