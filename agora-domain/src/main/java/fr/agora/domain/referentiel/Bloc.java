package fr.agora.domain.referentiel;

import java.util.List;

/** A bloc de compétences (1 to 3), i.e. a pôle of the guide. */
public record Bloc(int number, String title, List<SourcedText> conditionsExercice,
                   List<SourcedText> equipementsEtLogiciels, String summary, List<String> keywords,
                   List<Activity> activities, Source source) {

    public Bloc {
        Checks.between(number, 1, 3, "bloc.number");
        title = Checks.text(title, "bloc.title");
        conditionsExercice = Checks.list(conditionsExercice, "bloc.conditionsExercice");
        equipementsEtLogiciels = Checks.list(equipementsEtLogiciels, "bloc.equipementsEtLogiciels");
        summary = Checks.optionalText(summary);
        keywords = Checks.list(keywords, "bloc.keywords");
        activities = Checks.list(activities, "bloc.activities");
        Checks.required(source, "bloc.source");
    }
}
