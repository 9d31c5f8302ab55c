package fr.agora.domain.lettrage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.bank.DuplicateIdException;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LettrerTest {

    static LettrageLine dr(String id, String ref, String amount) {
        return new LettrageLine(id, LocalDate.of(2026, 4, 1), "d", ref, Money.of(amount), Money.ZERO);
    }

    static LettrageLine cr(String id, String ref, String amount) {
        return new LettrageLine(id, LocalDate.of(2026, 4, 2), "c", ref, Money.ZERO, Money.of(amount));
    }

    final Lettrer lettrer = new Lettrer();

    @Test
    void invoice_avoir_and_payment_with_the_same_reference_get_a_letter() {
        LettrageResult r = lettrer.letter("411DUPONT", List.of(
                dr("F1", "FA-001", "1200.00"), cr("AV1", "FA-001", "200.00"), cr("P1", "FA-001", "1000.00"),
                dr("F2", "FA-002", "80.00")), Money.ZERO, "A");
        assertThat(r.groups()).containsExactly(new LetterGroup("A", List.of("F1", "AV1", "P1"), null));
        assertThat(r.open()).containsExactly("F2");
        assertThat(r.nextLetter()).isEqualTo("B");
    }

    /** Customer paid 99.70 on 100.00, tolerance 0.50: gap 0.30 debit → D 658 / C 411. */
    @Test
    void underpayment_within_tolerance_writes_off_to_658() {
        LettrageResult r = lettrer.letter("411", List.of(dr("F", "X", "100.00"), cr("P", "X", "99.70")),
                Money.of("0.50"), "A");
        assertThat(r.groups()).containsExactly(new LetterGroup("A", List.of("F", "P"),
                new WriteOff("658", Money.of("0.30"), "658", "411")));
    }

    /** Customer paid 100.40 on 100.00: gap 0.40 credit → D 411 / C 758. */
    @Test
    void overpayment_within_tolerance_writes_off_to_758() {
        LettrageResult r = lettrer.letter("411", List.of(dr("F", "X", "100.00"), cr("P", "X", "100.40")),
                Money.of("0.50"), "A");
        assertThat(r.groups().get(0).writeOff()).isEqualTo(new WriteOff("758", Money.of("0.40"), "411", "758"));
    }

    @Test
    void beyond_tolerance_is_a_partial_lettrage_leaving_the_remainder_open() {
        LettrageResult r = lettrer.letter("411", List.of(dr("F", "X", "100.00"), cr("P", "X", "60.00")),
                Money.of("0.50"), "A");
        assertThat(r.groups()).isEmpty();
        assertThat(r.partial()).containsExactly(new PartialLettrage(List.of("F", "P"), Money.of("40.00")));
        assertThat(r.nextLetter()).isEqualTo("A");
    }

    @Test
    void supplier_side_many_to_one_without_reference() {
        LettrageResult r = lettrer.letter("401", List.of(
                cr("INV", null, "300.00"), dr("PAY1", null, "100.00"), dr("PAY2", null, "200.00"),
                cr("INV2", null, "50.00"), dr("PAY3", null, "50.00")), Money.ZERO, "A");
        assertThat(r.groups()).containsExactly(
                new LetterGroup("A", List.of("INV2", "PAY3"), null),
                new LetterGroup("B", List.of("INV", "PAY1", "PAY2"), null));
        assertThat(r.open()).isEmpty();
    }

    @Test
    void letter_sequence_goes_from_z_to_aa() {
        assertThat(Letters.next("A")).isEqualTo("B");
        assertThat(Letters.next("Z")).isEqualTo("AA");
        assertThat(Letters.next("AZ")).isEqualTo("BA");
        assertThat(Letters.next("ZZ")).isEqualTo("AAA");
        LettrageResult r = lettrer.letter("411", List.of(dr("1", "R1", "1.00"), cr("2", "R1", "1.00"),
                dr("3", "R2", "2.00"), cr("4", "R2", "2.00")), Money.ZERO, "Z");
        assertThat(r.groups()).extracting(LetterGroup::letter).containsExactly("Z", "AA");
        assertThat(r.nextLetter()).isEqualTo("AB");
    }

    @Test
    void lettered_lines_are_immutable_until_unlettered() {
        LettrageLine f = dr("F", "X", "10.00");
        LettrageLine p = cr("P", "X", "10.00");
        ThirdPartyLedger ledger = new ThirdPartyLedger();
        ledger.put(f);
        ledger.put(p);
        LettrageResult r = lettrer.letter("411", ledger.openLines(), Money.ZERO, "A");
        ledger.apply(r);
        assertThat(ledger.letterOf("F")).isEqualTo("A");
        assertThatThrownBy(() -> ledger.put(dr("F", "X", "11.00"))).isInstanceOf(LetteredLineException.class);
        assertThatThrownBy(() -> ledger.apply(r)).isInstanceOf(LetteredLineException.class);
        assertThat(ledger.unletter("A")).containsExactlyInAnyOrder("F", "P");
        ledger.put(dr("F", "X", "11.00"));
        assertThat(ledger.openLines()).hasSize(2);
    }

    @Test
    void a_line_with_both_debit_and_credit_is_refused_naming_it() {
        assertThatThrownBy(() -> lettrer.letter("411", List.of(dr("F", null, "1.00"),
                new LettrageLine("B", LocalDate.of(2026, 1, 1), "x", null, Money.of("1.00"), Money.of("2.00"))),
                Money.ZERO, "A"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(x -> ((InvalidInputException) x).field()).isEqualTo("lines[1]");
        assertThatThrownBy(() -> lettrer.letter("411", List.of(dr("F", null, "1.00"), dr("F", null, "2.00")),
                Money.ZERO, "A"))
                .isInstanceOf(DuplicateIdException.class)
                .extracting(x -> ((DuplicateIdException) x).field()).isEqualTo("lines[1].id");
    }

    /** Property: a lettered group sums to zero or to its write-off; a line is in at most one group. */
    @Test
    void lettered_groups_always_balance() {
        for (long s = 1; s <= 300; s++) {
            final long seed = s;
            Random rnd = new Random(seed);
            List<LettrageLine> lines = new ArrayList<>();
            int n = rnd.nextInt(30);
            for (int i = 0; i < n; i++) {
                String ref = rnd.nextInt(3) == 0 ? null : "R" + rnd.nextInt(8);
                String amount = Money.ofCents(rnd.nextInt(20000) + 1).toString();
                lines.add(rnd.nextBoolean() ? dr("L" + i, ref, amount) : cr("L" + i, ref, amount));
            }
            Money tol = Money.ofCents(rnd.nextInt(200));
            LettrageResult r = lettrer.letter("411", lines, tol, "A");
            Map<String, Long> bal = new HashMap<>();
            lines.forEach(l -> bal.put(l.id(), l.balanceCents()));
            Set<String> seen = new HashSet<>();
            for (LetterGroup g : r.groups()) {
                long sum = 0;
                for (String id : g.lineIds()) {
                    assertThat(seen.add(id)).as("seed " + seed + " line twice " + id).isTrue();
                    sum += bal.get(id);
                }
                long expected = g.writeOff() == null ? 0 : g.writeOff().groupBalance().cents();
                assertThat(g.writeOff() == null || g.writeOff().amount().isPositive()).as("seed " + seed).isTrue();
                assertThat(sum).as("seed " + seed + " " + g).isEqualTo(expected);
                assertThat(Math.abs(expected)).as("seed " + seed).isLessThanOrEqualTo(tol.cents());
            }
            for (PartialLettrage p : r.partial()) {
                p.lineIds().forEach(id -> assertThat(seen.add(id)).as("seed " + seed).isTrue());
            }
            r.open().forEach(id -> assertThat(seen.add(id)).as("seed " + seed).isTrue());
            assertThat(seen).as("seed " + seed).hasSize(n);
        }
    }
}
