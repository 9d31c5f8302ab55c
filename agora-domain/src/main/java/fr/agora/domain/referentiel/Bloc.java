package fr.agora.domain.referentiel;

import java.util.List;

/**
 * A bloc de compétences (1 to 3), i.e. a pôle of the guide. {@code summary} and {@code keywords} come from the guide
 * (seed 001, sources {@code summarySource} / {@code keywordsSource}, null when absent); {@code mission},
 * {@code resultatsAttendus} and the pôle-level {@code savoirs} (with their indications complémentaires) from the
 * référentiel extract (002) or, for bloc 3, the generic matrix (004); {@code basesPgi}: the PGI training bases 002
 * says can be used for the pôle (« Bases utilisables »).
 */
public record Bloc(int number, String title, List<SourcedText> conditionsExercice,
                   List<SourcedText> equipementsEtLogiciels, String summary, List<String> keywords,
                   List<Activity> activities, Source source, Source summarySource, Source keywordsSource,
                   List<SourcedText> mission, List<SourcedText> resultatsAttendus, List<Savoir> savoirs,
                   List<SourcedText> basesPgi) {

    public Bloc {
        Checks.between(number, 1, 3, "bloc.number");
        title = Checks.text(title, "bloc.title");
        conditionsExercice = Checks.list(conditionsExercice, "bloc.conditionsExercice");
        equipementsEtLogiciels = Checks.list(equipementsEtLogiciels, "bloc.equipementsEtLogiciels");
        summary = Checks.optionalText(summary);
        keywords = Checks.list(keywords, "bloc.keywords");
        activities = Checks.list(activities, "bloc.activities");
        Checks.required(source, "bloc.source");
        mission = Checks.list(mission, "bloc.mission");
        resultatsAttendus = Checks.list(resultatsAttendus, "bloc.resultatsAttendus");
        savoirs = Checks.list(savoirs, "bloc.savoirs");
        basesPgi = Checks.list(basesPgi, "bloc.basesPgi");
    }

    /** The original eight-component form, without the additions of the guide and the référentiel extract. */
    public Bloc(int number, String title, List<SourcedText> conditionsExercice,
                List<SourcedText> equipementsEtLogiciels, String summary, List<String> keywords,
                List<Activity> activities, Source source) {
        this(number, title, conditionsExercice, equipementsEtLogiciels, summary, keywords, activities, source, null,
                null, List.of(), List.of(), List.of(), List.of());
    }
}
