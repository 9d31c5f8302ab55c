package fr.agora.domain.interop.casev1p1;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.interop.casev1p1.CasePackage.Association;
import fr.agora.domain.interop.casev1p1.CasePackage.Item;
import fr.agora.domain.interop.casev1p1.CasePackage.Rubric;
import fr.agora.domain.interop.casev1p1.CasePackage.RubricCriterion;
import fr.agora.domain.referentiel.Competency;
import fr.agora.domain.referentiel.Criterion;
import fr.agora.domain.referentiel.Referentiel;
import fr.agora.domain.referentiel.Referentiels;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CaseExporterTest {

    static final Referentiel AGORA = Referentiels.agora2020();
    static final CaseExport EXPORT = CaseExporter.export(AGORA);
    static final CasePackage REF = EXPORT.packages().get(0);
    static final CasePackage CRCN = EXPORT.packages().get(1);

    // Expected identifiers computed with CPython's uuid.uuid5 (reference implementation), not with NameBasedUuid:
    //   ns   = uuid5(NAMESPACE_URL, 'urn:agora:referentiel:agora-2020') → 297a4e47-666a-5960-810f-3a12272e3f7a
    //   crcn = uuid5(NAMESPACE_URL, 'urn:agora:crcn')                   → bc3fad00-08de-5e8d-ba2c-10012a9355ec
    static final UUID DOCUMENT = UUID.fromString("c10f56ff-8998-592e-b5a6-1b3c7323f100"); // uuid5(ns, 'CFDocument')
    static final UUID COMPETENCY_224 = UUID.fromString("7177e0eb-c714-5cb2-9760-4ea0e4bc14dc"); // 'CFItem:competence:2.2.4'
    static final UUID ACTIVITY_22 = UUID.fromString("bf18b07b-2267-5245-a696-5c677263ab59"); // 'CFItem:activite:2.2'
    static final UUID BLOC_2 = UUID.fromString("4d0fef9d-47d8-53de-b6ed-424950b17075"); // 'CFItem:bloc:2'
    static final UUID RUBRIC_224 = UUID.fromString("8d2fb182-b91b-568f-9bf4-a7638d59e2d9"); // 'CFRubric:2.2.4'
    static final UUID CRITERION_224_M1 = UUID.fromString("eeeb4a64-54fd-58ae-b1b7-861d8fc8be76");
    static final UUID CHILD_224 = UUID.fromString("93acdb1b-1900-5802-a5c6-5a6ab22c9161");
    static final UUID CRCN_DOCUMENT = UUID.fromString("33921fc8-0a8a-5d20-9151-32d2e612cc3a"); // uuid5(crcn, 'CFDocument')
    static final UUID CRCN_52 = UUID.fromString("9d448071-f1ca-5628-97c7-639bd599b3c5"); // uuid5(crcn, 'CFItem:crcn:5.2')

    @Test
    void exports_the_referentiel_tree_as_items() {
        assertThat(EXPORT.packages()).hasSize(2);
        assertThat(itemsOfType(REF, CaseExporter.TYPE_BLOC)).hasSize(3);
        assertThat(itemsOfType(REF, CaseExporter.TYPE_ACTIVITY)).hasSize(9);
        assertThat(itemsOfType(REF, CaseExporter.TYPE_COMPETENCY)).hasSize(37);
        assertThat(REF.items()).hasSize(3 + 9 + 37);
        assertThat(REF.definitions().itemTypes()).extracting(CasePackage.ItemType::title)
                .containsExactly("Bloc de compétences", "Activité", "Compétence");

        Item tva = EXPORT.item(COMPETENCY_224).orElseThrow();
        assertThat(tva.humanCodingScheme()).isEqualTo("2.2.4");
        assertThat(tva.fullStatement()).isEqualTo(AGORA.requireCompetency("2.2.4").label())
                .startsWith("Déterminer les éléments nécessaires à l'élaboration de la déclaration de TVA");
        assertThat(tva.itemType()).isEqualTo("Compétence");
        assertThat(tva.language()).isEqualTo("fr");
        assertThat(tva.uri()).isEqualTo("/ims/case/v1p1/CFItems/" + COMPETENCY_224);
        assertThat(tva.documentUri().identifier()).isEqualTo(DOCUMENT);
        assertThat(tva.itemTypeUri().title()).isEqualTo("Compétence");
        assertThat(tva.notes()).startsWith("Source : 000_");
    }

    @Test
    void the_document_describes_the_referentiel_version() {
        CasePackage.Document d = REF.document();
        assertThat(d.identifier()).isEqualTo(DOCUMENT);
        assertThat(d.title()).isEqualTo(AGORA.diplomaTitle());
        assertThat(d.version()).isEqualTo(AGORA.version());
        assertThat(d.language()).isEqualTo("fr");
        assertThat(d.lastChangeDateTime()).isEqualTo("2020-02-18T00:00:00+00:00");
        assertThat(d.packageUri().uri()).isEqualTo("/ims/case/v1p1/CFPackages/" + DOCUMENT);
        assertThat(d.notes()).contains(AGORA.checksum());
        assertThat(EXPORT.contentVersion()).isEqualTo("agora-case/1:" + AGORA.checksum());
    }

    @Test
    void every_item_has_exactly_one_parent_and_the_tree_goes_competency_activity_bloc_document() {
        Map<UUID, List<Association>> parents = REF.associations().stream()
                .filter(a -> a.associationType().equals("isChildOf"))
                .collect(Collectors.groupingBy(a -> a.originNodeUri().identifier()));
        for (Item i : REF.items()) {
            assertThat(parents.get(i.identifier())).as(i.humanCodingScheme()).hasSize(1);
        }
        assertThat(parents.get(COMPETENCY_224).get(0).destinationNodeUri().identifier()).isEqualTo(ACTIVITY_22);
        assertThat(parents.get(COMPETENCY_224).get(0).identifier()).isEqualTo(CHILD_224);
        assertThat(parents.get(ACTIVITY_22).get(0).destinationNodeUri().identifier()).isEqualTo(BLOC_2);
        assertThat(parents.get(BLOC_2).get(0).destinationNodeUri().identifier()).isEqualTo(DOCUMENT);
        assertThat(parents.get(BLOC_2).get(0).sequenceNumber()).isEqualTo(2);
        // 49 isChildOf; every association of the package says which document it belongs to
        assertThat(parents.values().stream().mapToInt(List::size).sum()).isEqualTo(49);
        assertThat(REF.associations()).allSatisfy(a -> assertThat(a.documentUri().identifier()).isEqualTo(DOCUMENT));
    }

    @Test
    void activities_are_related_to_the_crcn_competencies_they_mobilise() {
        List<Association> related = REF.associations().stream()
                .filter(a -> a.associationType().equals("isRelatedTo")).toList();
        int expected = AGORA.activities().stream().mapToInt(a -> a.crcnCodes().size()).sum();
        assertThat(related).hasSize(expected);
        Set<UUID> crcnIds = CRCN.items().stream().map(Item::identifier).collect(Collectors.toSet());
        assertThat(related).allSatisfy(a -> assertThat(crcnIds).contains(a.destinationNodeUri().identifier()));
        // activity 2.2 mobilises CRCN 5.2 (référentiel data)
        assertThat(related).anySatisfy(a -> {
            assertThat(a.originNodeUri().identifier()).isEqualTo(ACTIVITY_22);
            assertThat(a.destinationNodeUri().identifier()).isEqualTo(CRCN_52);
        });
    }

    @Test
    void the_crcn_is_its_own_framework_of_16_items() {
        assertThat(CRCN.document().identifier()).isEqualTo(CRCN_DOCUMENT);
        assertThat(CRCN.items()).hasSize(16);
        assertThat(CRCN.items()).extracting(Item::humanCodingScheme).containsExactly("1.1", "1.2", "1.3", "2.1",
                "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "5.1", "5.2");
        assertThat(CRCN.items()).allSatisfy(i -> {
            assertThat(i.itemType()).isEqualTo("Compétence numérique (CRCN)");
            assertThat(i.documentUri().identifier()).isEqualTo(CRCN_DOCUMENT);
        });
        assertThat(EXPORT.item(CRCN_52).orElseThrow().fullStatement()).isEqualTo(AGORA.crcn("5.2").label());
        assertThat(CRCN.associations()).hasSize(16)
                .allSatisfy(a -> assertThat(a.destinationNodeUri().identifier()).isEqualTo(CRCN_DOCUMENT));
        assertThat(CRCN.rubrics()).isEmpty();
    }

    @Test
    void each_competency_has_a_rubric_with_its_criteria_on_the_four_lsl_degrees() {
        Map<UUID, Rubric> rubrics = REF.rubrics().stream().collect(Collectors.toMap(Rubric::identifier, Function.identity()));
        long withCriteria = AGORA.competencies().stream().filter(c -> !c.criteria().isEmpty()).count();
        assertThat(REF.rubrics()).hasSize((int) withCriteria);
        for (Competency c : AGORA.competencies()) {
            UUID competencyItem = NameBasedUuid.v5(CaseExporter.namespace("agora-2020"), "CFItem:competence:" + c.code());
            Rubric r = REF.rubrics().stream()
                    .filter(x -> x.criteria().get(0).itemUri().identifier().equals(competencyItem))
                    .findFirst().orElseThrow();
            assertThat(r.criteria()).extracting(RubricCriterion::description)
                    .containsExactlyElementsOf(c.criteria().stream().map(Criterion::text).toList());
            assertThat(r.criteria()).allSatisfy(k -> {
                assertThat(k.rubricId()).isEqualTo(r.identifier());
                assertThat(k.levels()).extracting(CasePackage.RubricCriterionLevel::quality)
                        .containsExactly("Non maîtrisé", "Insuffisamment maîtrisé", "Maîtrisé", "Bien maîtrisé");
                assertThat(k.levels()).extracting(CasePackage.RubricCriterionLevel::score)
                        .containsExactly(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(3), BigDecimal.valueOf(4));
                assertThat(k.levels()).allSatisfy(l -> assertThat(l.rubricCriterionId()).isEqualTo(k.identifier()));
            });
        }
        Rubric tva = rubrics.get(RUBRIC_224);
        assertThat(tva.title()).startsWith("2.2.4 ");
        assertThat(tva.criteria().get(0).identifier()).isEqualTo(CRITERION_224_M1);
        assertThat(tva.criteria().get(0).category()).isEqualTo("Matrice des situations");
        assertThat(tva.criteria().get(0).position()).isEqualTo(1);
    }

    @Test
    void identifiers_are_stable_unique_and_the_uuid5_of_the_codes() {
        CaseExport again = CaseExporter.export(Referentiels.parse(Referentiels.content("agora-2020")));
        assertThat(again.packages()).isEqualTo(EXPORT.packages());
        assertThat(again.contentVersion()).isEqualTo(EXPORT.contentVersion());

        // an independent UUIDv5 (RFC 9562 § 5.5) written here, in the namespace computed by CPython
        UUID ns = UUID.fromString("297a4e47-666a-5960-810f-3a12272e3f7a");
        assertThat(CaseExporter.namespace("agora-2020")).isEqualTo(ns);
        for (Item i : REF.items()) {
            String kind = switch (i.itemType()) {
                case "Bloc de compétences" -> "bloc";
                case "Activité" -> "activite";
                default -> "competence";
            };
            assertThat(i.identifier()).isEqualTo(uuid5(ns, "CFItem:" + kind + ":" + i.humanCodingScheme()));
        }
        UUID crcnNs = UUID.fromString("bc3fad00-08de-5e8d-ba2c-10012a9355ec");
        assertThat(CaseExporter.CRCN_NAMESPACE).isEqualTo(crcnNs);
        CRCN.items().forEach(i -> assertThat(i.identifier()).isEqualTo(uuid5(crcnNs, "CFItem:crcn:" + i.humanCodingScheme())));

        Set<UUID> all = new HashSet<>();
        int count = 0;
        for (CasePackage p : EXPORT.packages()) {
            all.add(p.document().identifier());
            count++;
            for (Item i : p.items()) {
                all.add(i.identifier());
                count++;
            }
            for (Association a : p.associations()) {
                all.add(a.identifier());
                count++;
            }
            for (Rubric r : p.rubrics()) {
                all.add(r.identifier());
                count++;
                for (RubricCriterion k : r.criteria()) {
                    all.add(k.identifier());
                    count++;
                    for (var l : k.levels()) {
                        all.add(l.identifier());
                        count++;
                    }
                }
            }
        }
        assertThat(all).hasSize(count);
        assertThat(all).allSatisfy(u -> assertThat(u.version()).isEqualTo(5));
    }

    @Test
    void lookups_by_identifier() {
        assertThat(EXPORT.documents()).extracting(CasePackage.Document::identifier).containsExactly(DOCUMENT, CRCN_DOCUMENT);
        assertThat(EXPORT.packageOf(CRCN_DOCUMENT)).containsSame(CRCN);
        assertThat(EXPORT.packageOf(COMPETENCY_224)).isEmpty();
        assertThat(EXPORT.item(DOCUMENT)).isEmpty();
        assertThat(EXPORT.items()).hasSize(49 + 16);
    }

    private static List<Item> itemsOfType(CasePackage p, String type) {
        return p.items().stream().filter(i -> i.itemType().equals(type)).toList();
    }

    private static UUID uuid5(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                    .putLong(namespace.getLeastSignificantBits()).array());
            byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            h[6] = (byte) (h[6] & 0x0f | 0x50);
            h[8] = (byte) (h[8] & 0x3f | 0x80);
            ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
            return new UUID(b.getLong(), b.getLong());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
