package fr.agora.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(1), 6, 10);

    @Test
    void delays_double_from_the_base_up_to_the_cap_with_half_of_each_random() {
        // no jitter drawn (0): half the delay; full draw (→1): the whole delay
        assertThat(policy.delayAfter(1, () -> 0)).isEqualTo(Duration.ofMillis(2500));
        assertThat(policy.delayAfter(1, () -> 0.999999)).isBetween(Duration.ofMillis(4999), Duration.ofMillis(5000));
        assertThat(policy.delayAfter(2, () -> 0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayAfter(3, () -> 0.5)).isEqualTo(Duration.ofSeconds(15)); // 20 s: 10 + 10 × 0.5
        assertThat(policy.delayAfter(4, () -> 0)).isEqualTo(Duration.ofSeconds(20)); // 40 s / 2
        assertThat(policy.delayAfter(5, () -> 0)).isEqualTo(Duration.ofSeconds(30)); // 80 s capped at 60 s, / 2
        assertThat(policy.delayAfter(1_000, () -> 0)).isEqualTo(Duration.ofSeconds(30)); // no overflow far out
    }

    @Test
    void every_delay_lies_between_half_and_all_of_the_capped_exponential_seeded() {
        long seed = 20261206L;
        Random random = new Random(seed);
        for (int i = 0; i < 10_000; i++) {
            int attempt = 1 + random.nextInt(20);
            long full = Math.min(5_000L << Math.min(attempt - 1, 20), 60_000L);
            Duration d = policy.delayAfter(attempt, random::nextDouble);
            assertThat(d.toMillis()).as("seed %d attempt %d", seed, attempt).isBetween(full / 2, full);
        }
    }

    @Test
    void gives_up_at_the_last_attempt() {
        assertThat(policy.givesUpAfter(5)).isFalse();
        assertThat(policy.givesUpAfter(6)).isTrue();
    }
}
