package fr.agora.domain.depreciation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random assets: every table sums to the depreciable base, cumul and VNC agree row by row, no negative annuity. */
class DepreciationPropertyTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300).map(i -> i * 104_729);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_schedule_sums_to_the_depreciable_base(long seed) {
        Random rnd = new Random(seed);
        DepreciationMethod method = rnd.nextBoolean() ? DepreciationMethod.STRAIGHT_LINE : DepreciationMethod.DECLINING_BALANCE;
        int life = (method == DepreciationMethod.DECLINING_BALANCE ? 3 : 1) + rnd.nextInt(20);
        Money cost = Money.ofCents(1 + (long) (rnd.nextDouble() * 100_000_000_000L));
        LocalDate inService = LocalDate.of(2001 + rnd.nextInt(40), 1, 1).plusDays(rnd.nextInt(365));
        MonthDay end = rnd.nextBoolean() ? MonthDay.of(12, 31) : MonthDay.of(1 + rnd.nextInt(12), 28);
        DayCount dc = rnd.nextBoolean() ? DayCount.THIRTY_360 : DayCount.ACTUAL;
        DepreciationSchedule s = new DepreciationCalculator().compute(
                new DepreciationRequest(method, cost, life, inService, end, dc, null));
        Money sum = Money.ZERO;
        for (DepreciationYear y : s.years()) {
            assertThat(y.annuity().isNegative()).as("seed %d", seed).isFalse();
            sum = sum.plus(y.annuity());
            assertThat(y.accumulated()).isEqualTo(sum);
            assertThat(y.netBookValue()).isEqualTo(cost.minus(sum));
        }
        assertThat(sum).as("seed %d %s", seed, method).isEqualTo(cost);
        assertThat(s.total()).isEqualTo(cost);
        assertThat(s.years().size()).isBetween(life, life + 1);
        if (method == DepreciationMethod.DECLINING_BALANCE) {
            assertThat(s.years()).hasSize(life);
        }
    }
}
