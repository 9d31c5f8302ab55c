package fr.agora.domain.referentiel;

/** A savoir associé, with the indications complémentaires (limits of knowledge) where a seed gives them. */
public record Savoir(SavoirCategory category, String label, String indicationsComplementaires, Source source) {

    public Savoir {
        Checks.required(category, "savoir.category");
        label = Checks.text(label, "savoir.label");
        indicationsComplementaires = Checks.optionalText(indicationsComplementaires);
        Checks.required(source, "savoir.source");
    }
}
