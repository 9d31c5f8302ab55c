package fr.agora.domain.webhook;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed delivery again: exponential backoff ({@code base × 2^(attempt−1)}, capped) with "equal
 * jitter" (half the delay fixed, half random) so that receivers coming back up are not hit by every sender at once;
 * a delivery is given up after {@code maxAttempts}; an endpoint is disabled after {@code disableAfter} consecutive
 * failed attempts, whatever the delivery.
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts, int disableAfter) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(5), Duration.ofHours(1), 12, 30);

    public RetryPolicy {
        if (base == null || base.isNegative() || base.isZero()) throw new IllegalArgumentException("base must be positive");
        if (cap == null || cap.compareTo(base) < 0) throw new IllegalArgumentException("cap must be ≥ base");
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be ≥ 1");
        if (disableAfter < 1) throw new IllegalArgumentException("disableAfter must be ≥ 1");
    }

    /** The wait after failed attempt number {@code attempt} (1 = the first); {@code random} yields values in [0, 1). */
    public Duration delayAfter(int attempt, DoubleSupplier random) {
        long capMillis = cap.toMillis();
        long capped = base.toMillis();
        for (int i = 1; i < attempt && capped < capMillis; i++) capped *= 2; // stops at the cap, so never overflows
        capped = Math.min(capped, capMillis);
        long half = capped / 2;
        return Duration.ofMillis(capped - half + (long) (half * random.getAsDouble()));
    }

    public boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }
}
