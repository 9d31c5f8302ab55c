package fr.agora.domain.assessment;

import fr.agora.domain.shared.Uai;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Objects;

/** A school (tenant), identified by its UAI, with its default aggregation policy. */
public record Establishment(Uai uai, String name, AggregationPolicy defaultPolicy) {
    public Establishment {
        Objects.requireNonNull(uai, "uai");
        if (name == null || name.isBlank()) throw new InvalidInputException("name", "name is required");
        if (defaultPolicy == null) defaultPolicy = AggregationPolicy.schoolDefault();
    }
}
