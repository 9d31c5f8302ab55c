package fr.agora.domain.referentiel;

import java.util.Optional;

/**
 * A savoir associé, with the indications complémentaires (limits of knowledge) where a seed gives them. The label and
 * the indications may come from different seeds (000 lists the savoirs per activity, 002/004 give the indications
 * per pôle), so the indications carry their own source. {@code competencyCode} names the competency a savoir
 * rédactionnel is attached to ({@code 124 - Le courrier de relance client} → {@code 1.2.4}), empty otherwise.
 */
public record Savoir(SavoirCategory category, String label, String indicationsComplementaires, Source source,
                     Source indicationsSource, String competencyCode) {

    public Savoir {
        Checks.required(category, "savoir.category");
        label = Checks.text(label, "savoir.label");
        indicationsComplementaires = Checks.optionalText(indicationsComplementaires);
        Checks.required(source, "savoir.source");
        if (indicationsSource == null && !indicationsComplementaires.isEmpty()) {
            indicationsSource = source;
        }
        competencyCode = Checks.optionalText(competencyCode);
    }

    /** The original four-component form: indications (if any) from the same source as the label. */
    public Savoir(SavoirCategory category, String label, String indicationsComplementaires, Source source) {
        this(category, label, indicationsComplementaires, source, null, "");
    }

    /** Where the indications complémentaires come from; empty when there are none. */
    public Optional<Source> indicationsSourceIfAny() {
        return Optional.ofNullable(indicationsSource);
    }
}
