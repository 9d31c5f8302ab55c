package fr.agora.domain.referentiel;

import java.util.List;

/**
 * An activité of a bloc ({@code 1.1} … {@code 3.3}). {@code pgiModules}: the PGI modules the activity uses
 * (seed 002, one text per module with its uses); {@code indicateursEvaluation}: the indicateurs the generic matrix of
 * bloc 3 (seed 004) gives per activity, empty for blocs 1 and 2.
 */
public record Activity(String code, String title, List<SourcedText> tasks, List<SourcedText> donneesEtInformations,
                       List<String> crcnCodes, List<Savoir> savoirs, List<SourcedText> pgiModules,
                       List<Situation> situations, List<Competency> competencies, Source source,
                       List<SourcedText> indicateursEvaluation) {

    public Activity {
        code = Checks.code(code, "[1-3]\\.\\d", "activity.code");
        title = Checks.text(title, "activity.title");
        tasks = Checks.list(tasks, "activity.tasks");
        donneesEtInformations = Checks.list(donneesEtInformations, "activity.donneesEtInformations");
        crcnCodes = Checks.list(crcnCodes, "activity.crcnCodes");
        savoirs = Checks.list(savoirs, "activity.savoirs");
        pgiModules = Checks.list(pgiModules, "activity.pgiModules");
        situations = Checks.list(situations, "activity.situations");
        competencies = Checks.list(competencies, "activity.competencies");
        Checks.required(source, "activity.source");
        indicateursEvaluation = Checks.list(indicateursEvaluation, "activity.indicateursEvaluation");
    }

    /** The original ten-component form, without indicateurs. */
    public Activity(String code, String title, List<SourcedText> tasks, List<SourcedText> donneesEtInformations,
                    List<String> crcnCodes, List<Savoir> savoirs, List<SourcedText> pgiModules,
                    List<Situation> situations, List<Competency> competencies, Source source) {
        this(code, title, tasks, donneesEtInformations, crcnCodes, savoirs, pgiModules, situations, competencies,
                source, List.of());
    }
}
