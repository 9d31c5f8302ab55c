package fr.agora.domain.referentiel;

/**
 * Where a fact of the référentiel comes from: a seed file of {@code ../shared/seeds} (next to the repository) and a section inside it,
 * e.g. {@code 000_6dc112717475669f.txt} / {@code Bloc 1 › 1.1 › situation 1.1.1}. Every item carries one so that
 * a reviewer can check the transcription against the official text.
 */
public record Source(String file, String section) {

    public Source {
        file = Checks.text(file, "source.file");
        section = Checks.text(section, "source.section");
    }

    @Override
    public String toString() {
        return file + " › " + section;
    }
}
