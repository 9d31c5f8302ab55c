package fr.agora.domain.referentiel;

import java.util.List;

/** An activité of a bloc ({@code 1.1} … {@code 3.3}). */
public record Activity(String code, String title, List<SourcedText> tasks, List<SourcedText> donneesEtInformations,
                       List<String> crcnCodes, List<Savoir> savoirs, List<SourcedText> pgiModules,
                       List<Situation> situations, List<Competency> competencies, Source source) {

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
    }
}
