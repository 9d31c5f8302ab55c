package fr.agora.domain.referentiel;

import fr.agora.domain.shared.InvalidInputException;

/**
 * A critère d'évaluation. Its id ({@code 1.1.1-M1}, {@code 1.1.1-G2}: competency code, source letter, ordinal) is
 * stable because evaluations reference it.
 */
public record Criterion(String id, String text, CriterionSource origin, Source source) {

    public Criterion {
        id = Checks.code(id, "\\d\\.\\d\\.\\d-[MG]\\d+", "criterion.id");
        text = Checks.text(text, "criterion.text");
        Checks.required(origin, "criterion.origin");
        Checks.required(source, "criterion.source");
        if (id.charAt(6) != origin.letter()) {
            throw new InvalidInputException("criterion.id", "criterion " + id + " does not match origin " + origin);
        }
    }

    public String competencyCode() {
        return id.substring(0, 5);
    }
}
