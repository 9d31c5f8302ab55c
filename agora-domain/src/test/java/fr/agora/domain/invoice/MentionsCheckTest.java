package fr.agora.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Nature;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MentionsCheckTest {

    final MentionsCheck check = new MentionsCheck();
    // SIREN 404 833 048: Luhn from the right 8 + (4×2=8) + 0 + (3×2=6) + 3 + (8×2=16→7) + 4 + 0 + 4 = 40 ✓
    // key = (12 + 3 × (404 833 048 mod 97 = 56)) mod 97 = 180 mod 97 = 83 → FR83404833048
    static final InvoiceHeader.Party SELLER = new InvoiceHeader.Party("Agora SAS", "1 rue de Paris, 75001 Paris",
            "404833048", "FR83404833048", "SAS", Money.of("10000"), "RCS Paris 404 833 048");
    // SIREN 123 456 782: 2 + 7 + 7 + 3 + 5 + 8 + 3 + 4 + 1 = 40 ✓; key (12 + 3 × 32) mod 97 = 11
    static final InvoiceHeader.Party BUYER = new InvoiceHeader.Party("Client SARL", "2 rue de Lyon, 69001 Lyon",
            "123456782", "FR11123456782", "SARL", Money.of("5000"), "RCS Lyon");

    static InvoiceHeader complete() {
        return new InvoiceHeader("F2026-0042", "F2026-0041", LocalDate.of(2026, 9, 15), null, SELLER, BUYER, true,
                Money.of("1000"), LocalDate.of(2026, 10, 15), new BigDecimal("12.45"), Money.of("40"), "pas d'escompte",
                Nature.GOODS, false, null, true, false, false, false, false, null);
    }

    @Test
    void a_complete_header_has_nothing_missing() {
        var r = check.check(complete());
        assertThat(r.missing()).isEmpty();
        assertThat(r.complete()).isTrue();
        assertThat(r.potentialFine()).isEqualTo(Money.ZERO);
    }

    @Test
    void an_empty_b2b_header_lists_what_is_missing() {
        var h = new InvoiceHeader(null, null, LocalDate.of(2026, 9, 15), null,
                new InvoiceHeader.Party(null, null, null, null, null, null, null),
                new InvoiceHeader.Party(null, null, null, null, null, null, null), true, Money.of("1000"), null, null,
                null, null, null, false, null, null, true, false, false, false, null);
        var r = check.check(h);
        assertThat(r.missing()).extracting(MentionsCheck.Missing::code).contains("NUMBER", "SELLER_NAME", "SELLER_SIREN",
                "SELLER_VAT_NUMBER", "BUYER_VAT_NUMBER", "PAYMENT_DUE_DATE", "LATE_PENALTY_RATE", "RECOVERY_INDEMNITY",
                "BUYER_SIREN", "OPERATION_NATURE", "VAT_ON_DEBITS_MENTION");
        // CGI art. 1737 fines the tax mentions only (issue 13): NUMBER, SELLER_NAME, SELLER_ADDRESS, SELLER_VAT_NUMBER,
        // BUYER_NAME, BUYER_ADDRESS, BUYER_VAT_NUMBER, BUYER_SIREN, OPERATION_NATURE, VAT_ON_DEBITS_MENTION = 10 × 15 €
        // = 150 (under the cap of 25 % × 1 000 = 250); the 7 commercial ones (SIREN, legal form, RCS, payment date,
        // penalty rate, 40 € indemnity, escompte) fall under the Code de commerce
        // (until issue 13: 17 × 15 = 255, capped at 250)
        assertThat(r.potentialFine()).isEqualTo(Money.of("150"));
        assertThat(r.missing()).filteredOn(m -> m.basis() == MentionsCheck.Basis.COMMERCIAL).extracting(MentionsCheck.Missing::code)
                .containsExactly("SELLER_SIREN", "SELLER_LEGAL_FORM", "SELLER_REGISTRATION", "PAYMENT_DUE_DATE",
                        "LATE_PENALTY_RATE", "RECOVERY_INDEMNITY", "CASH_DISCOUNT_TERMS");
        assertThat(r.commercialSanction()).contains("L441-16");
    }

    @Test
    void commercial_mentions_alone_risk_no_1737_fine() {
        // only the B2B payment mentions missing: no tax mention → 0 € under CGI art. 1737, the Code de commerce applies
        var c = complete();
        var h = new InvoiceHeader(c.number(), c.previousNumber(), c.issueDate(), null, SELLER, BUYER, true,
                Money.of("1000"), c.paymentDueDate(), null, null, null, Nature.GOODS, false, null, true, false, false,
                false, false, null);
        var r = check.check(h);
        assertThat(r.missing()).extracting(MentionsCheck.Missing::code)
                .containsExactly("LATE_PENALTY_RATE", "RECOVERY_INDEMNITY", "CASH_DISCOUNT_TERMS");
        assertThat(r.potentialFine()).isEqualTo(Money.ZERO);
        assertThat(r.commercialSanction()).isEqualTo(MentionsCheck.COMMERCIAL_SANCTION);
        assertThat(check.check(complete()).commercialSanction()).isNull();
    }

    @Test
    void wrong_values_are_reported() {
        var c = complete();
        var h = new InvoiceHeader("F2026-0044", c.previousNumber(), c.issueDate(), null,
                new InvoiceHeader.Party("X", "Y", "404833049", "FR84404833048", "SAS", null, "RCS"), BUYER, true,
                Money.of("100"), c.paymentDueDate(), c.latePenaltyRate(), Money.of("30"), "pas d'escompte",
                Nature.GOODS, false, null, true, false, false, false, false, null);
        var r = check.check(h);
        assertThat(r.missing()).extracting(MentionsCheck.Missing::code).containsExactly("NUMBER_NOT_CONSECUTIVE",
                "SELLER_SIREN_INVALID", "SELLER_VAT_NUMBER_INVALID", "SELLER_SHARE_CAPITAL", "RECOVERY_INDEMNITY_AMOUNT");
        // tax mentions: NUMBER_NOT_CONSECUTIVE, SELLER_VAT_NUMBER_INVALID → 2 × 15 = 30, capped at 25 % × 100 = 25
        assertThat(r.potentialFine()).isEqualTo(Money.of("25"));
        assertThat(MentionsCheck.follows("F2026-0999", "F2026-1000")).isTrue();
        assertThat(MentionsCheck.follows("A-9", "B-10")).isFalse();
    }
}
