package fr.agora.domain.referentiel;

/**
 * A complexity factor or an aléa of a situation, with a stable id ({@code 1.1.1-F1}, {@code 1.1.1-A2}) so that a
 * training scenario can say which one it plays.
 */
public record Variation(String id, String text, Source source) {

    public Variation {
        id = Checks.code(id, "\\d\\.\\d\\.\\d(\\.\\d)?-[FA]\\d+", "variation.id");
        text = Checks.text(text, "variation.text");
        Checks.required(source, "variation.source");
    }
}
