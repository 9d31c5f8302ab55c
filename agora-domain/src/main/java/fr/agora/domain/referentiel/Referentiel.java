package fr.agora.domain.referentiel;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One version of the référentiel of the Bac Pro AGOrA: blocs → activités → situations and compétences, the CRCN,
 * the règlement d'examen and the discrepancies found between the seed documents. Immutable; the
 * {@code checksum} is the SHA-256 (hex) of the data resource it was loaded from, so a stored evaluation can say
 * exactly which data it was made against. {@code epreuves} (E1 … E7) and {@code champActivite} (the mission and
 * context of the diploma, § 1 of seed 002) were added after the first version of this record.
 */
public record Referentiel(String id, String version, String diplomaTitle, String cfd, LocalDate arreteDate,
                          String checksum, List<Bloc> blocs, List<CrcnCompetency> crcnCompetencies,
                          List<ExamUnit> examUnits, List<Discrepancy> discrepancies, Source source,
                          List<Epreuve> epreuves, List<SourcedText> champActivite) {

    public Referentiel {
        id = Checks.code(id, "[a-z0-9-]+", "referentiel.id");
        version = Checks.text(version, "referentiel.version");
        diplomaTitle = Checks.text(diplomaTitle, "referentiel.diplomaTitle");
        cfd = Checks.code(cfd, "\\d{8}", "referentiel.cfd");
        Checks.required(arreteDate, "referentiel.arreteDate");
        checksum = Checks.code(checksum, "[0-9a-f]{64}", "referentiel.checksum");
        blocs = Checks.list(blocs, "referentiel.blocs");
        crcnCompetencies = Checks.list(crcnCompetencies, "referentiel.crcnCompetencies");
        examUnits = Checks.list(examUnits, "referentiel.examUnits");
        discrepancies = Checks.list(discrepancies, "referentiel.discrepancies");
        Checks.required(source, "referentiel.source");
        epreuves = Checks.list(epreuves, "referentiel.epreuves");
        champActivite = Checks.list(champActivite, "referentiel.champActivite");
    }

    /** The original form, without the épreuve level of the règlement d'examen. */
    public Referentiel(String id, String version, String diplomaTitle, String cfd, LocalDate arreteDate,
                       String checksum, List<Bloc> blocs, List<CrcnCompetency> crcnCompetencies,
                       List<ExamUnit> examUnits, List<Discrepancy> discrepancies, Source source) {
        this(id, version, diplomaTitle, cfd, arreteDate, checksum, blocs, crcnCompetencies, examUnits, discrepancies,
                source, List.of(), List.of());
    }

    /** The épreuve E1 … E7 with this code. */
    public Epreuve epreuve(String code) {
        return find(epreuves, Epreuve::code, code).orElseThrow(() -> new UnknownExamUnitException(code));
    }

    public List<Activity> activities() {
        return blocs.stream().flatMap(b -> b.activities().stream()).toList();
    }

    public List<Competency> competencies() {
        return activities().stream().flatMap(a -> a.competencies().stream()).toList();
    }

    public List<Situation> situations() {
        return activities().stream().flatMap(a -> a.situations().stream()).toList();
    }

    public Optional<Competency> competency(String code) {
        return find(competencies(), Competency::code, code);
    }

    /** Like {@link #competency(String)} but for callers for whom an unknown code is an error. */
    public Competency requireCompetency(String code) {
        return competency(code).orElseThrow(() -> new UnknownCompetencyException(code));
    }

    public Bloc bloc(int number) {
        return blocs.stream().filter(b -> b.number() == number).findFirst()
                .orElseThrow(() -> new UnknownBlocException(String.valueOf(number)));
    }

    public Activity activity(String code) {
        return find(activities(), Activity::code, code).orElseThrow(() -> new UnknownActivityException(code));
    }

    public Situation situation(String code) {
        return find(situations(), Situation::code, code).orElseThrow(() -> new UnknownSituationException(code));
    }

    public ExamUnit examUnit(String unitCode) {
        return find(examUnits, ExamUnit::unitCode, unitCode).orElseThrow(() -> new UnknownExamUnitException(unitCode));
    }

    public CrcnCompetency crcn(String code) {
        return find(crcnCompetencies, CrcnCompetency::code, code).orElseThrow(() -> new UnknownCrcnException(code));
    }

    /** Criteria by stable id ({@code 1.1.1-M1}), for evaluations that reference them. */
    public Map<String, Criterion> criteriaById() {
        Map<String, Criterion> byId = new LinkedHashMap<>();
        competencies().forEach(c -> c.criteria().forEach(k -> byId.put(k.id(), k)));
        return Map.copyOf(byId);
    }

    private static <T> Optional<T> find(List<T> items, Function<T, String> key, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return items.stream().filter(i -> key.apply(i).equals(code.strip())).findFirst();
    }
}
