package fr.agora.adapter.in.rest.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.invoice.InvoiceDtos.InvoiceAccessoryDto;
import fr.agora.adapter.in.rest.invoice.InvoiceDtos.InvoiceComputeRequest;
import fr.agora.adapter.in.rest.invoice.InvoiceDtos.InvoiceLineDto;
import fr.agora.adapter.in.rest.invoice.InvoiceDtos.InvoiceReductionDto;
import fr.agora.domain.invoice.AccessoryCharge;
import fr.agora.domain.invoice.ReductionType;
import fr.agora.domain.tva.Exemption;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * {@link ComputeRequestFastCheck} against Hibernate Validator on seeded random requests, valid and invalid in every
 * constrained field (nulls, blanks, Unicode spaces, negative, too many digits either side, trailing zeros, exponents,
 * bounds 0 and 100): the fast check says "valid" exactly when bean validation finds no violation, and through the
 * Spring adapter an invalid request gets the very same errors.
 */
class ComputeRequestFastCheckTest {

    static ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    void the_fast_check_agrees_with_bean_validation() {
        int valid = 0;
        for (long seed = 1; seed <= 20_000; seed++) {
            Random rnd = new Random(seed);
            InvoiceComputeRequest r = request(rnd);
            boolean expected = validator.validate(r).isEmpty();
            assertThat(ComputeRequestFastCheck.isValid(r)).as("seed %d: %s", seed, r).isEqualTo(expected);
            valid += expected ? 1 : 0;
        }
        assertThat(valid).as("both outcomes are exercised").isBetween(1_000, 19_000);
    }

    @Test
    void through_spring_an_invalid_request_gets_the_same_errors() {
        SpringValidatorAdapter spring = new SpringValidatorAdapter(validator);
        ComputeRequestFastCheck fast = new ComputeRequestFastCheck(spring);
        for (long seed = 1; seed <= 2_000; seed++) {
            InvoiceComputeRequest r = request(new Random(seed));
            BeanPropertyBindingResult expected = new BeanPropertyBindingResult(r, "computeRequest");
            spring.validate(r, expected);
            BeanPropertyBindingResult actual = new BeanPropertyBindingResult(r, "computeRequest");
            fast.validate(r, actual);
            assertThat(actual.getAllErrors().toString()).as("seed %d", seed)
                    .isEqualTo(expected.getAllErrors().toString());
        }
    }

    private static InvoiceComputeRequest request(Random rnd) {
        List<InvoiceLineDto> lines = null;
        if (rnd.nextInt(30) != 0) {
            lines = new ArrayList<>();
            int n = rnd.nextInt(6);
            for (int i = 0; i < n; i++) {
                lines.add(rnd.nextInt(60) == 0 ? null : new InvoiceLineDto(label(rnd), maybeBad(rnd, 9, 3, false),
                        maybeBad(rnd, 13, 2, false), rnd.nextInt(40) == 0 ? null : number(rnd, 3, 2, true), null,
                        rnd.nextInt(10) == 0 ? Exemption.EXPORT : null));
            }
        }
        List<InvoiceReductionDto> reductions = null;
        if (rnd.nextBoolean()) {
            reductions = new ArrayList<>();
            int n = rnd.nextInt(4);
            for (int i = 0; i < n; i++) {
                reductions.add(rnd.nextInt(60) == 0 ? null : new InvoiceReductionDto(
                        rnd.nextInt(30) == 0 ? null : ReductionType.values()[rnd.nextInt(ReductionType.values().length)],
                        rnd.nextBoolean() ? null : percent(rnd), rnd.nextBoolean() ? null : maybeBad(rnd, 13, 2, true)));
            }
        }
        return new InvoiceComputeRequest(rnd.nextBoolean() ? null : LocalDate.of(2026, 3, 15), lines, reductions,
                rnd.nextBoolean() ? null : percent(rnd), rnd.nextBoolean() ? null : maybeBad(rnd, 13, 2, true),
                rnd.nextBoolean() ? null : maybeBad(rnd, 13, 2, true), null, null, accessories(rnd), vatNumber(rnd),
                rnd.nextBoolean() ? null : rnd.nextBoolean());
    }

    /** Null, empty, up to 22 elements (past the @Size of 20), null elements, null kinds, amounts good and bad. */
    private static List<InvoiceAccessoryDto> accessories(Random rnd) {
        if (rnd.nextInt(3) == 0) {
            return null;
        }
        List<InvoiceAccessoryDto> out = new ArrayList<>();
        int n = rnd.nextInt(40) == 0 ? 21 + rnd.nextInt(2) : rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            out.add(rnd.nextInt(80) == 0 ? null : new InvoiceAccessoryDto(
                    rnd.nextInt(60) == 0 ? null : AccessoryCharge.Kind.values()[rnd.nextInt(AccessoryCharge.Kind.values().length)],
                    maybeBad(rnd, 13, 2, true)));
        }
        return out;
    }

    /** Null, or 19 to 21 characters around the @Size(max = 20). */
    private static String vatNumber(Random rnd) {
        return switch (rnd.nextInt(6)) {
            case 0 -> "DE123456789";
            case 1 -> "X".repeat(19 + rnd.nextInt(3));
            default -> null;
        };
    }

    private static String label(Random rnd) {
        return switch (rnd.nextInt(40)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> "   ";
            case 3 -> "\u2003\t"; // Unicode whitespace: blank for isBlank, not for trim
            case 4 -> "\u00a0"; // no-break space: not whitespace for isBlank
            case 5 -> " x ";
            default -> "Chaise " + rnd.nextInt(100);
        };
    }

    private static BigDecimal maybeBad(Random rnd, int integer, int fraction, boolean nullable) {
        if (rnd.nextInt(25) == 0) {
            return null;
        }
        return number(rnd, integer, fraction, true);
    }

    /** Mostly inside {@code @Digits(integer, fraction)}; one time in eight around or past its limits, or negative. */
    private static BigDecimal number(Random rnd, int integer, int fraction, boolean signed) {
        boolean odd = rnd.nextInt(8) == 0;
        int digits = rnd.nextInt(odd ? integer + fraction + 2 : integer) + 1;
        BigInteger unscaled = new BigInteger(digits * 4, rnd).mod(BigInteger.TEN.pow(digits));
        int scale = !odd ? rnd.nextInt(fraction + 1) : switch (rnd.nextInt(3)) {
            case 0 -> -rnd.nextInt(3);          // 1E+2 style
            case 1 -> fraction + 1 + rnd.nextInt(2);
            default -> rnd.nextInt(fraction + 1) + digits;
        };
        BigDecimal v = new BigDecimal(unscaled, scale);
        if (odd && rnd.nextBoolean()) {
            v = v.setScale(v.scale() + 1 + rnd.nextInt(2)); // trailing zeros
        }
        return signed && odd && rnd.nextInt(3) == 0 ? v.negate() : v;
    }

    private static BigDecimal percent(Random rnd) {
        return switch (rnd.nextInt(24)) {
            case 0 -> new BigDecimal("100");
            case 1 -> new BigDecimal("100.00");
            case 2 -> new BigDecimal("100.01");
            case 3 -> new BigDecimal("0");
            case 4 -> new BigDecimal("-0.01");
            case 5 -> new BigDecimal("1E+2");
            default -> number(rnd, 3, 2, true);
        };
    }
}
