package fr.agora.domain.referentiel;

import fr.agora.domain.shared.Sha256;
import fr.agora.domain.referentiel.internal.JsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Entry point for code embedding the jar: {@code Referentiel r = Referentiels.agora2020();}. Loaded once, cached. */
public final class Referentiels {

    public static final String AGORA_2020 = "agora-2020";
    private static final List<String> CATALOG = List.of(AGORA_2020);
    private static final Map<String, Referentiel> CACHE = new ConcurrentHashMap<>();

    private Referentiels() {
    }

    public static Referentiel agora2020() {
        return load(AGORA_2020);
    }

    /** The ids of the versions shipped in this jar. */
    public static List<String> catalog() {
        return CATALOG;
    }

    public static Referentiel load(String id) {
        if (!CATALOG.contains(id)) {
            throw new UnknownReferentielException(id);
        }
        return CACHE.computeIfAbsent(id, Referentiels::read);
    }

    /**
     * The canonical content of a shipped version: the data file exactly as bundled, the bytes its checksum is computed
     * from. This is what a database stores so that {@link #parse(String)} gives back the same référentiel.
     */
    public static String content(String id) {
        if (!CATALOG.contains(id)) {
            throw new UnknownReferentielException(id);
        }
        try (InputStream in = Referentiels.class.getResourceAsStream(id + ".json")) {
            if (in == null) {
                throw new UnknownReferentielException(id);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds a référentiel from content in the {@code agora-referentiel/1} format (e.g. a version read back from a
     * database). Not cached: callers that parse often cache by {@link Referentiel#checksum()}.
     *
     * Fails with an unchecked exception if the content is not a well-formed référentiel.
     */
    public static Referentiel parse(String content) {
        return referentiel(map(JsonReader.parse(content)), checksum(content));
    }

    /** SHA-256 of the UTF-8 bytes, lower-case hex. */
    public static String checksum(String content) {
        return Sha256.hex(content);
    }

    private static Referentiel read(String id) {
        return parse(content(id));
    }

    private static Referentiel referentiel(Map<String, Object> m, String checksum) {
        return new Referentiel(str(m, "id"), str(m, "version"), str(m, "diplomaTitle"), str(m, "cfd"),
                LocalDate.parse(str(m, "arreteDate")), checksum, list(m, "blocs", Referentiels::bloc),
                list(m, "crcnCompetencies", c -> new CrcnCompetency(str(c, "code"), str(c, "label"), source(c))),
                list(m, "examUnits", Referentiels::examUnit), list(m, "discrepancies", Referentiels::discrepancy),
                source(m), list(m, "epreuves", e -> new Epreuve(str(e, "code"), str(e, "title"),
                        new BigDecimal(str(e, "coefficient")), strings(e, "unitCodes"), source(e))),
                list(m, "champActivite", Referentiels::text));
    }

    private static Bloc bloc(Map<String, Object> m) {
        return new Bloc(integer(m, "number"), str(m, "title"), list(m, "conditionsExercice", Referentiels::text),
                list(m, "equipementsEtLogiciels", Referentiels::text), str(m, "summary"),
                strings(m, "keywords"), list(m, "activities", Referentiels::activity), source(m),
                optionalSource(m, "summarySource"), optionalSource(m, "keywordsSource"),
                list(m, "mission", Referentiels::text), list(m, "resultatsAttendus", Referentiels::text),
                list(m, "savoirs", Referentiels::savoir), list(m, "basesPgi", Referentiels::text));
    }

    private static Activity activity(Map<String, Object> m) {
        return new Activity(str(m, "code"), str(m, "title"), list(m, "tasks", Referentiels::text),
                list(m, "donneesEtInformations", Referentiels::text), strings(m, "crcnCodes"),
                list(m, "savoirs", Referentiels::savoir), list(m, "pgiModules", Referentiels::text),
                list(m, "situations", Referentiels::situation), list(m, "competencies", Referentiels::competency),
                source(m), list(m, "indicateursEvaluation", Referentiels::text));
    }

    private static Situation situation(Map<String, Object> m) {
        return new Situation(str(m, "code"), str(m, "title"), strings(m, "competencyCodes"), str(m, "attendu"),
                strings(m, "criteriaIds"), list(m, "complexityFactors", Referentiels::variation),
                list(m, "aleas", Referentiels::variation), source(m));
    }

    private static Competency competency(Map<String, Object> m) {
        return new Competency(str(m, "code"), str(m, "label"), integer(m, "blocNumber"), str(m, "activityCode"),
                list(m, "criteria", c -> new Criterion(str(c, "id"), str(c, "text"),
                        CriterionSource.valueOf(str(c, "origin")), source(c))),
                strings(m, "situationCodes"), list(m, "savoirs", Referentiels::savoir),
                list(m, "exemplesConcrets", Referentiels::text), list(m, "pgiModules", Referentiels::text), source(m));
    }

    private static ExamUnit examUnit(Map<String, Object> m) {
        return new ExamUnit(str(m, "epreuveCode"), str(m, "unitCode"), str(m, "title"),
                new BigDecimal(str(m, "coefficient")),
                list(m, "modes", e -> new EpreuveMode(CandidateCategory.valueOf(str(e, "category")), str(e, "mode"),
                        str(e, "duration"))),
                integer(m, "certifiedBloc"), source(m));
    }

    private static Discrepancy discrepancy(Map<String, Object> m) {
        return new Discrepancy(str(m, "id"), str(m, "subject"), str(m, "description"),
                list(m, "versions", v -> new Discrepancy.Version(str(v, "text"), source(v))));
    }

    private static Savoir savoir(Map<String, Object> m) {
        return new Savoir(SavoirCategory.valueOf(str(m, "category")), str(m, "label"),
                str(m, "indicationsComplementaires"), source(m), optionalSource(m, "indicationsSource"),
                str(m, "competencyCode"));
    }

    private static Variation variation(Map<String, Object> m) {
        return new Variation(str(m, "id"), str(m, "text"), source(m));
    }

    private static SourcedText text(Map<String, Object> m) {
        return new SourcedText(str(m, "text"), source(m));
    }

    private static Source source(Map<String, Object> m) {
        return optionalSource(m, "source");
    }

    private static Source optionalSource(Map<String, Object> m, String key) {
        if (!m.containsKey(key)) {
            return null;
        }
        Map<String, Object> s = map(m.get(key));
        return new Source(str(s, "file"), str(s, "section"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        if (!(o instanceof Map)) {
            throw new IllegalStateException("référentiel resource: expected an object, got " + o);
        }
        return (Map<String, Object>) o;
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof String s ? s : null;
    }

    private static int integer(Map<String, Object> m, String key) {
        return ((BigDecimal) m.get(key)).intValueExact();
    }

    private static List<String> strings(Map<String, Object> m, String key) {
        return list(m, key, null);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Map<String, Object> m, String key, Function<Map<String, Object>, T> f) {
        Object v = m.get(key);
        if (!(v instanceof List<?> l)) {
            return List.of();
        }
        return f == null ? (List<T>) List.copyOf(l) : l.stream().map(o -> f.apply(map(o))).toList();
    }
}
