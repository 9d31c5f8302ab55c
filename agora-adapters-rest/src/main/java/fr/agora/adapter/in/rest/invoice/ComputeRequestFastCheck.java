package fr.agora.adapter.in.rest.invoice;

import fr.agora.adapter.in.rest.invoice.InvoiceDtos.InvoiceAccessoryDto;
import fr.agora.adapter.in.rest.invoice.InvoiceDtos.InvoiceComputeRequest;
import fr.agora.adapter.in.rest.invoice.InvoiceDtos.InvoiceLineDto;
import fr.agora.adapter.in.rest.invoice.InvoiceDtos.InvoiceReductionDto;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;

/**
 * A fast path in front of bean validation for {@code POST /api/v1/invoices/compute}: the constraints declared on
 * {@link InvoiceComputeRequest}, {@link InvoiceLineDto}, {@link InvoiceReductionDto} and {@link InvoiceAccessoryDto} written out as plain code, with the semantics of
 * Hibernate Validator's own checks ({@code @Digits} on a {@code BigDecimal}: precision − scale integer digits and
 * max(scale, 0) fraction digits, no stripping; {@code @NotBlank}: {@code String.isBlank}; bounds by
 * {@code compareTo}). When the request passes, bean validation would find nothing and is skipped; when it does not,
 * the full validator runs, so every error (fields, messages, order) is exactly the one bean validation gives.
 * {@code ComputeRequestFastCheckTest} checks the two agree on random requests.
 *
 * <p>Installed once as the MVC validator around Boot's own ({@link InvoiceValidationConfiguration}); every other
 * target, every call with validation hints, {@code validateValue} and {@code unwrap} go straight to that validator.
 */
final class ComputeRequestFastCheck implements SmartValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_ACCESSORIES = 20;
    private static final int MAX_VAT_NUMBER = 20;

    private final SmartValidator full;

    ComputeRequestFastCheck(SmartValidator full) {
        this.full = full;
    }

    @Override
    public boolean supports(Class<?> clazz) {
        return full.supports(clazz);
    }

    @Override
    public void validate(Object target, Errors errors) {
        if (target instanceof InvoiceComputeRequest r && isValid(r)) {
            return;
        }
        full.validate(target, errors);
    }

    @Override
    public void validate(Object target, Errors errors, Object... validationHints) {
        if (validationHints.length == 0 && target instanceof InvoiceComputeRequest r && isValid(r)) {
            return;
        }
        full.validate(target, errors, validationHints);
    }

    @Override
    public void validateValue(Class<?> targetType, String fieldName, Object value, Errors errors, Object... hints) {
        full.validateValue(targetType, fieldName, value, errors, hints);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        return full.unwrap(type);
    }

    /** True exactly when bean validation (default group) finds no violation on {@code r}. */
    static boolean isValid(InvoiceComputeRequest r) {
        List<InvoiceLineDto> lines = r.lines();
        if (lines == null) {
            return false;
        }
        for (int i = 0, n = lines.size(); i < n; i++) {
            InvoiceLineDto l = lines.get(i);
            if (l == null || !valid(l)) {
                return false;
            }
        }
        List<InvoiceReductionDto> reductions = r.reductions();
        if (reductions != null) {
            for (int i = 0, n = reductions.size(); i < n; i++) {
                InvoiceReductionDto d = reductions.get(i);
                if (d == null || !valid(d)) {
                    return false;
                }
            }
        }
        return percent(r.cashDiscountRate()) && amount(r.shipping()) && amount(r.deposit())
                && accessories(r.accessories())
                && (r.customerVatNumber() == null || r.customerVatNumber().length() <= MAX_VAT_NUMBER);
    }

    /** {@code @Size(max = 20) List<@NotNull @Valid InvoiceAccessoryDto>}; null passes. */
    private static boolean accessories(List<InvoiceAccessoryDto> accessories) {
        if (accessories == null) {
            return true;
        }
        if (accessories.size() > MAX_ACCESSORIES) {
            return false;
        }
        for (int i = 0, n = accessories.size(); i < n; i++) {
            InvoiceAccessoryDto a = accessories.get(i);
            if (a == null || a.kind() == null || a.amount() == null || !amount(a.amount())) {
                return false;
            }
        }
        return true;
    }

    private static boolean valid(InvoiceLineDto l) {
        return l.label() != null && !l.label().isBlank()
                && l.quantity() != null && l.quantity().signum() >= 0 && digits(l.quantity(), 9, 3)
                && l.unitPrice() != null && amount(l.unitPrice())
                && l.vatRate() != null && digits(l.vatRate(), 3, 2);
    }

    private static boolean valid(InvoiceReductionDto d) {
        return d.type() != null && percent(d.rate()) && amount(d.amount());
    }

    /** {@code @Digits(integer = 3, fraction = 2) @DecimalMin("0") @DecimalMax("100")}; null passes. */
    private static boolean percent(BigDecimal v) {
        return v == null || digits(v, 3, 2) && v.signum() >= 0 && v.compareTo(HUNDRED) <= 0;
    }

    /** {@code @Digits(integer = 13, fraction = 2) @PositiveOrZero}; null passes. */
    private static boolean amount(BigDecimal v) {
        return v == null || v.signum() >= 0 && digits(v, 13, 2);
    }

    /** Hibernate Validator's {@code @Digits} on a {@code BigDecimal}. */
    private static boolean digits(BigDecimal v, int integer, int fraction) {
        int scale = v.scale();
        return v.precision() - scale <= integer && Math.max(scale, 0) <= fraction;
    }
}
