package fr.agora.domain.referentiel;

import java.util.List;

/**
 * A situation professionnelle of the matrice ({@code 1.1.1}, or a sub-situation such as {@code 2.3.1.1}): what the
 * student is asked to do, the attendu, how it is judged, what makes it harder and what may go wrong.
 */
public record Situation(String code, String title, List<String> competencyCodes, String attendu,
                        List<String> criteriaIds, List<Variation> complexityFactors, List<Variation> aleas,
                        Source source) {

    public Situation {
        code = Checks.code(code, "\\d\\.\\d\\.\\d(\\.\\d)?", "situation.code");
        title = Checks.text(title, "situation.title");
        competencyCodes = Checks.list(competencyCodes, "situation.competencyCodes");
        attendu = Checks.optionalText(attendu);
        criteriaIds = Checks.list(criteriaIds, "situation.criteriaIds");
        complexityFactors = Checks.list(complexityFactors, "situation.complexityFactors");
        aleas = Checks.list(aleas, "situation.aleas");
        Checks.required(source, "situation.source");
    }
}
