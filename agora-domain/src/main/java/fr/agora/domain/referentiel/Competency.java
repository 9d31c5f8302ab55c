package fr.agora.domain.referentiel;

import java.util.List;

/**
 * A compétence of the référentiel ({@code 1.1.1} … {@code 3.3.4}) with everything the seeds say about it. Criteria
 * from both the matrice and the PFMP grid are kept side by side, tagged with their {@link CriterionSource}.
 */
public record Competency(String code, String label, int blocNumber, String activityCode, List<Criterion> criteria,
                         List<String> situationCodes, List<Savoir> savoirs, List<SourcedText> exemplesConcrets,
                         List<SourcedText> pgiModules, Source source) {

    public Competency {
        code = Checks.code(code, "[1-3]\\.\\d\\.\\d", "competency.code");
        label = Checks.text(label, "competency.label");
        Checks.between(blocNumber, 1, 3, "competency.blocNumber");
        activityCode = Checks.code(activityCode, "[1-3]\\.\\d", "competency.activityCode");
        criteria = Checks.list(criteria, "competency.criteria");
        situationCodes = Checks.list(situationCodes, "competency.situationCodes");
        savoirs = Checks.list(savoirs, "competency.savoirs");
        exemplesConcrets = Checks.list(exemplesConcrets, "competency.exemplesConcrets");
        pgiModules = Checks.list(pgiModules, "competency.pgiModules");
        Checks.required(source, "competency.source");
    }

    public List<Criterion> criteriaFrom(CriterionSource origin) {
        return criteria.stream().filter(c -> c.origin() == origin).toList();
    }

    public List<Savoir> savoirs(SavoirCategory category) {
        return savoirs.stream().filter(s -> s.category() == category).toList();
    }
}
