package fr.agora.domain.interop.casev1p1;

import fr.agora.domain.interop.casev1p1.CasePackage.Association;
import fr.agora.domain.interop.casev1p1.CasePackage.Definitions;
import fr.agora.domain.interop.casev1p1.CasePackage.Document;
import fr.agora.domain.interop.casev1p1.CasePackage.Item;
import fr.agora.domain.interop.casev1p1.CasePackage.ItemType;
import fr.agora.domain.interop.casev1p1.CasePackage.Link;
import fr.agora.domain.interop.casev1p1.CasePackage.Rubric;
import fr.agora.domain.interop.casev1p1.CasePackage.RubricCriterion;
import fr.agora.domain.interop.casev1p1.CasePackage.RubricCriterionLevel;
import fr.agora.domain.referentiel.Activity;
import fr.agora.domain.referentiel.Bloc;
import fr.agora.domain.referentiel.Competency;
import fr.agora.domain.referentiel.CrcnCompetency;
import fr.agora.domain.referentiel.Criterion;
import fr.agora.domain.referentiel.CriterionSource;
import fr.agora.domain.referentiel.Referentiel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a {@link Referentiel} into 1EdTech CASE 1.1 values: two frameworks (two CFDocuments with their packages).
 *
 * <ul>
 *   <li><b>The référentiel version</b>: one CFItem per bloc ({@code 1} … {@code 3}), activité ({@code 1.1} …) and
 *       compétence ({@code 1.1.1} …), {@code humanCodingScheme} = the code, {@code fullStatement} = the label;
 *       {@code isChildOf} associations compétence → activité → bloc → document; {@code isRelatedTo} associations from
 *       each activité to the CRCN competencies it mobilises (the référentiel gives them per activité); one CFRubric
 *       per compétence, one criterion per critère d'évaluation, each with the four degrees of the LSL.</li>
 *   <li><b>The CRCN</b> (cadre de référence des compétences numériques): its 16 competencies {@code 1.1} …
 *       {@code 5.2}, each {@code isChildOf} the CRCN document. Its identifiers do not depend on the référentiel
 *       version, so that every version's {@code isRelatedTo} points at the same CRCN items.</li>
 * </ul>
 *
 * <p>Identifiers are RFC 9562 version-5 UUIDs ({@link NameBasedUuid}) of a name built from the codes, in a
 * namespace per référentiel version ({@link #namespace(String)}) or the CRCN's ({@link #CRCN_NAMESPACE}): the same
 * référentiel always exports the same identifiers, and dates come from the data (the arrêté), never from the clock, so
 * a re-export is equal, value for value. Situations are not exported (see {@code docs/case.md}).
 */
public final class CaseExporter {

    /** Version of this mapping: changes whenever the export of a same référentiel would change. */
    public static final String FORMAT = "agora-case/1";
    /** Where the CASE 1.1 REST binding lives; every {@code uri} of the export is a path under it. */
    public static final String BASE_PATH = "/ims/case/v1p1/";
    /** Namespace of the CRCN's identifiers: {@code uuid5(NAMESPACE_URL, "urn:agora:crcn")}. */
    public static final UUID CRCN_NAMESPACE = NameBasedUuid.v5(NameBasedUuid.NAMESPACE_URL, "urn:agora:crcn");

    static final String LANGUAGE = "fr";
    static final String CREATOR = "Ministère de l'Éducation nationale et de la Jeunesse";
    static final String PUBLISHER = "AGOrA";
    /** The CRCN is annexed to the décret n° 2019-919 of 30 August 2019. */
    static final String CRCN_DATE = "2019-08-30T00:00:00+00:00";

    /** The four degrees of the livret scolaire du lycée professionnel (arrêté of 17 June 2020). */
    static final List<String[]> LSL_DEGREES = List.of(
            new String[] {"Non maîtrisé", "Degré 1 de l'échelle du livret scolaire (LSL) : non maîtrisé"},
            new String[] {"Insuffisamment maîtrisé", "Degré 2 de l'échelle du livret scolaire (LSL) : insuffisamment maîtrisé"},
            new String[] {"Maîtrisé", "Degré 3 de l'échelle du livret scolaire (LSL) : maîtrisé"},
            new String[] {"Bien maîtrisé", "Degré 4 de l'échelle du livret scolaire (LSL) : bien maîtrisé"});

    public static final String TYPE_BLOC = "Bloc de compétences";
    public static final String TYPE_ACTIVITY = "Activité";
    public static final String TYPE_COMPETENCY = "Compétence";
    public static final String TYPE_CRCN = "Compétence numérique (CRCN)";

    public static final String IS_CHILD_OF = "isChildOf";
    public static final String IS_RELATED_TO = "isRelatedTo";

    private CaseExporter() {
    }

    /** {@code uuid5(NAMESPACE_URL, "urn:agora:referentiel:<id>")}: the namespace of one référentiel version. */
    public static UUID namespace(String referentielId) {
        return NameBasedUuid.v5(NameBasedUuid.NAMESPACE_URL, "urn:agora:referentiel:" + referentielId);
    }

    /** The CASE identifier of a compétence (its CFItem), as {@link #export} gives it: what OneRoster results point to. */
    public static UUID competencyItemId(String referentielId, String competencyCode) {
        return NameBasedUuid.in(namespace(referentielId)).v5("CFItem:competence:" + competencyCode);
    }

    public static CaseExport export(Referentiel referentiel) {
        CasePackage crcn = crcn(referentiel);
        Map<String, Item> crcnItems = new HashMap<>();
        for (Item i : crcn.items()) {
            crcnItems.put(i.humanCodingScheme(), i);
        }
        CasePackage agora = new Builder(referentiel, crcnItems).build();
        return new CaseExport(referentiel.id(), FORMAT + ":" + referentiel.checksum(), List.of(agora, crcn));
    }

    /** The CRCN framework: its document and its 16 competencies, flat under the document. */
    static CasePackage crcn(Referentiel r) {
        Ids ids = new Ids(CRCN_NAMESPACE);
        UUID docId = ids.of("CFDocument");
        String title = "Cadre de référence des compétences numériques (CRCN)";
        Document doc = new Document(docId, path("CFDocuments", docId), CREATOR, title, CRCN_DATE, null, PUBLISHER,
                "Les 16 compétences numériques du CRCN (décret n° 2019-919 du 30 août 2019), en 5 domaines ; "
                        + "libellés tels que le référentiel " + r.id() + " les donne. À faire correspondre par le code, "
                        + "jamais par le libellé.",
                List.of("Compétences numériques"), LANGUAGE, "2019", "Adopted", "2019-08-30",
                "Exporté par AGOrA (" + FORMAT + ") depuis le référentiel " + r.id() + ".",
                new Link(title, docId, path("CFPackages", docId)));
        ItemType type = itemType(ids, TYPE_CRCN, "crcn-competence", "1", CRCN_DATE,
                "Une des 16 compétences du CRCN, codée domaine.compétence (1.1 … 5.2).");
        List<Item> items = new ArrayList<>();
        List<Association> associations = new ArrayList<>();
        int position = 0;
        for (CrcnCompetency c : r.crcnCompetencies()) {
            position++;
            UUID id = ids.of("CFItem:crcn:" + c.code());
            Item item = new Item(id, path("CFItems", id), c.label(), c.code(), String.valueOf(position), null,
                    TYPE_CRCN, type.link(), List.of(), "Source : " + c.source(), LANGUAGE, List.of(), CRCN_DATE,
                    doc.link());
            items.add(item);
            associations.add(association(ids, IS_CHILD_OF, position, item.link(), doc.link(), doc, CRCN_DATE,
                    "crcn:" + c.code(), "CFDocument"));
        }
        return new CasePackage(doc, items, associations, new Definitions(List.of(type)), List.of());
    }

    private static final class Builder {
        private final Referentiel r;
        private final Map<String, Item> crcnItems;
        private final Ids ids;
        private final String date;
        private final List<Item> items = new ArrayList<>();
        private final List<Association> associations = new ArrayList<>();
        private final List<Rubric> rubrics = new ArrayList<>();
        private Document doc;

        Builder(Referentiel r, Map<String, Item> crcnItems) {
            this.r = r;
            this.crcnItems = crcnItems;
            this.ids = new Ids(namespace(r.id()));
            this.date = r.arreteDate() + "T00:00:00+00:00";
        }

        CasePackage build() {
            UUID docId = ids.of("CFDocument");
            doc = new Document(docId, path("CFDocuments", docId), CREATOR, r.diplomaTitle(), date, null, PUBLISHER,
                    "Référentiel du " + r.diplomaTitle() + ", code formation diplôme (CFD) " + r.cfd()
                            + ", arrêté du " + r.arreteDate() + " : blocs de compétences, activités, compétences "
                            + "et critères d'évaluation.",
                    List.of("Baccalauréat professionnel", "Gestion administrative"), LANGUAGE, r.version(), "Adopted",
                    r.arreteDate().toString(),
                    "Exporté par AGOrA (" + FORMAT + ") depuis le référentiel " + r.id() + ", somme SHA-256 "
                            + r.checksum() + ".",
                    new Link(r.diplomaTitle(), docId, path("CFPackages", docId)));
            ItemType blocType = itemType(ids, TYPE_BLOC, "bloc", "1", date,
                    "Bloc de compétences (pôle), certifié par une unité d'examen.");
            ItemType activityType = itemType(ids, TYPE_ACTIVITY, "activite", "2", date,
                    "Activité professionnelle d'un bloc, codée bloc.activité.");
            ItemType competencyType = itemType(ids, TYPE_COMPETENCY, "competence", "3", date,
                    "Compétence d'une activité, codée bloc.activité.compétence ; ses critères d'évaluation forment "
                            + "sa grille (CFRubric).");
            for (Bloc b : r.blocs()) {
                String blocKey = "bloc:" + b.number();
                Item bloc = item(blocKey, b.title(), String.valueOf(b.number()), b.number(), blocType,
                        b.keywords(), b.source().toString());
                associations.add(association(ids, IS_CHILD_OF, b.number(), bloc.link(), doc.link(), doc, date,
                        blocKey, "CFDocument"));
                int activityPosition = 0;
                for (Activity a : b.activities()) {
                    activityPosition++;
                    String activityKey = "activite:" + a.code();
                    Item activity = item(activityKey, a.title(), a.code(), activityPosition, activityType, List.of(),
                            a.source().toString());
                    associations.add(association(ids, IS_CHILD_OF, activityPosition, activity.link(), bloc.link(),
                            doc, date, activityKey, blocKey));
                    int competencyPosition = 0;
                    for (Competency c : a.competencies()) {
                        competencyPosition++;
                        String competencyKey = "competence:" + c.code();
                        Item competency = item(competencyKey, c.label(), c.code(), competencyPosition,
                                competencyType, List.of(), c.source().toString());
                        associations.add(association(ids, IS_CHILD_OF, competencyPosition, competency.link(),
                                activity.link(), doc, date, competencyKey, activityKey));
                        if (!c.criteria().isEmpty()) {
                            rubrics.add(rubric(c, competency));
                        }
                    }
                    int crcnPosition = 0;
                    for (String code : a.crcnCodes()) {
                        crcnPosition++;
                        Item target = crcnItems.get(code);
                        if (target == null) {
                            r.crcn(code); // throws UnknownCrcnException: the référentiel names a code it lacks
                        }
                        associations.add(association(ids, IS_RELATED_TO, crcnPosition, activity.link(),
                                target.link(), doc, date, activityKey, "crcn:" + code));
                    }
                }
            }
            return new CasePackage(doc, items, associations,
                    new Definitions(List.of(blocType, activityType, competencyType)), rubrics);
        }

        private Item item(String key, String statement, String code, int position, ItemType type,
                          List<String> keywords, String source) {
            UUID id = ids.of("CFItem:" + key);
            Item item = new Item(id, path("CFItems", id), statement, code, String.valueOf(position), null,
                    type.title(), type.link(), keywords, "Source : " + source, LANGUAGE, List.of(), date, doc.link());
            items.add(item);
            return item;
        }

        private Rubric rubric(Competency c, Item competency) {
            UUID rubricId = ids.of("CFRubric:" + c.code());
            List<RubricCriterion> criteria = new ArrayList<>();
            int position = 0;
            for (Criterion k : c.criteria()) {
                position++;
                UUID criterionId = ids.of("CFRubricCriterion:" + k.id());
                List<RubricCriterionLevel> levels = new ArrayList<>();
                for (int degree = 1; degree <= LSL_DEGREES.size(); degree++) {
                    UUID levelId = ids.of("CFRubricCriterionLevel:" + k.id() + ":" + degree);
                    String[] d = LSL_DEGREES.get(degree - 1);
                    levels.add(new RubricCriterionLevel(levelId, path("CFRubricCriterionLevels", levelId), d[1],
                            d[0], BigDecimal.valueOf(degree), null, degree, criterionId, date));
                }
                criteria.add(new RubricCriterion(criterionId, path("CFRubricCriteria", criterionId),
                        category(k.origin()), k.text(), competency.link(), null, position, rubricId, date, levels));
            }
            return new Rubric(rubricId, path("CFRubrics", rubricId), c.code() + " " + c.label(),
                    "Critères d'évaluation de la compétence " + c.code() + " (identifiants " + c.code()
                            + "-M<n> : matrice ; " + c.code() + "-G<n> : grille de suivi des PFMP), chacun sur "
                            + "les quatre degrés du livret scolaire.",
                    date, criteria);
        }
    }

    static String category(CriterionSource origin) {
        return switch (origin) {
            case MATRICE -> "Matrice des situations";
            case PFMP_GRID -> "Grille de suivi des PFMP";
        };
    }

    private static ItemType itemType(Ids ids, String title, String typeCode, String hierarchyCode, String date,
                                     String description) {
        UUID id = ids.of("CFItemType:" + typeCode);
        return new ItemType(id, path("CFItemTypes", id), title, description, hierarchyCode, typeCode, date);
    }

    private static Association association(Ids ids, String type, int sequence, Link origin, Link destination,
                                           Document doc, String date, String originKey, String destinationKey) {
        UUID id = ids.of("CFAssociation:" + type + ":" + originKey + ">" + destinationKey);
        return new Association(id, path("CFAssociations", id), type, sequence, origin, destination, doc.link(), date);
    }

    static String path(String collection, UUID id) {
        return BASE_PATH + collection + "/" + id;
    }

    /** Version-5 UUIDs of names in one namespace. */
    private static final class Ids {
        private final NameBasedUuid.Generator generator;

        Ids(UUID namespace) {
            generator = NameBasedUuid.in(namespace);
        }

        UUID of(String name) {
            return generator.v5(name);
        }
    }
}
