package fr.agora.application.port.in.assessment;

import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Locale;

/** Parses an optional per-request policy override ({@code policy}, {@code k}, {@code limit}). */
public final class Policies {
    private Policies() {
    }

    /** {@code null} policy ⇒ {@code null} (the school default applies). */
    public static AggregationPolicy parse(String policy, Integer k, Integer limit) {
        if (policy == null || policy.isBlank()) {
            if (k != null || limit != null) throw new InvalidInputException("policy", "k and limit need a policy");
            return null;
        }
        AggregationPolicy.Kind kind;
        try {
            kind = AggregationPolicy.Kind.valueOf(policy.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("policy", "policy '" + policy + "' must be one of LAST, BEST_OF_K, MEAN, GEOMETRIC_RECENCY, ARITHMETIC_RECENCY");
        }
        return new AggregationPolicy(kind, k == null ? (kind == AggregationPolicy.Kind.BEST_OF_K ? 1 : 0) : k, limit);
    }
}
