package fr.agora.domain.indicators;

import java.math.BigDecimal;
import java.util.List;

/** A series ready to chart: a name, the category labels (months, bands) and one value per label. */
public record ChartSeries(String name, String unit, List<String> labels, List<BigDecimal> values) {

    public ChartSeries {
        labels = List.copyOf(labels);
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException("one value per label");
        }
    }
}
