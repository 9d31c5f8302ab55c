package fr.agora.domain.referentiel;

/** A line of text with its source: a task, an exemple concret, a donnée, a PGI module, a keyword. */
public record SourcedText(String text, Source source) {

    public SourcedText {
        text = Checks.text(text, "text");
        Checks.required(source, "source");
    }
}
