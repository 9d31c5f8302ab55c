package fr.agora.domain.referentiel;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts and spot checks of the transcription of the five seeds (scripts/referentiel/generate.py). */
class ReferentielSeedsTest {

    private static final String S000 = "000_6dc112717475669f.txt";
    private static final String S001 = "001_22c29cbfd6d851d8.txt";
    private static final String S002 = "002_ff7c33a93e9ad8fe.txt";
    private static final String S003 = "003_97548ee2d3a1b63e.txt";
    private static final String S004 = "004_9fe2ff9c1d3b544a.txt";
    private static final Set<String> SEED_FILES = Set.of(S000, S001, S002, S003, S004, "README.md");
    /** The CRCN itself, for the labels no seed prints (2.4, 3.4, 5.1, and 3.2 in its official spelling). */
    private static final String CRCN_REFERENCE = "CRCN (cadre de référence des compétences numériques)";
    /** {@code ../shared/seeds} next to the repository: the nearest {@code shared/seeds} above the module directory. */
    private static final Path SEEDS = seeds();

    private static Path seeds() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seeds");
            if (Files.isDirectory(candidate)) return candidate;
        }
        return Path.of("..", "shared", "seeds"); // absent: the checks that need the files are skipped
    }

    private final Referentiel r = Referentiels.agora2020();

    @Test
    void theThirtySevenCompetenciesInOrder() {
        assertThat(r.blocs()).extracting(Bloc::number).containsExactly(1, 2, 3);
        assertThat(r.activities()).extracting(Activity::code)
                .containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3");
        assertThat(r.competencies()).extracting(Competency::code).containsExactly(
                "1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.3.1", "1.3.2", "1.3.3",
                "1.3.4", "2.1.1", "2.1.2", "2.1.3", "2.1.4", "2.1.5", "2.2.1", "2.2.2", "2.2.3", "2.2.4", "2.2.5",
                "2.2.6", "2.3.1", "2.3.2", "3.1.1", "3.1.2", "3.1.3", "3.2.1", "3.2.2", "3.2.3", "3.2.4", "3.2.5",
                "3.3.1", "3.3.2", "3.3.3", "3.3.4");
    }

    @Test
    void everyCompetencyHasEverythingTheSeedsGiveIt() {
        for (Competency c : r.competencies()) {
            assertThat(r.bloc(c.blocNumber()).activities()).extracting(Activity::code).contains(c.activityCode());
            assertThat(c.situationCodes()).allSatisfy(r::situation).isNotEmpty();
            assertThat(c.criteriaFrom(CriterionSource.MATRICE)).as(c.code()).isNotEmpty();
            if (!c.code().equals("2.1.4")) { // 003 gives no criterion for 2.1.4 (recorded discrepancy)
                assertThat(c.criteriaFrom(CriterionSource.PFMP_GRID)).as(c.code())
                        .isNotEmpty().allSatisfy(k -> assertThat(k.source().file()).isEqualTo(S003));
            }
            assertThat(c.criteria().stream().filter(k -> k.source().file().equals(S000))).as(c.code()).isNotEmpty();
            if (c.blocNumber() == 3) {
                assertThat(c.criteria().stream().filter(k -> k.source().file().equals(S004))).as(c.code())
                        .isNotEmpty();
            }
            for (SavoirCategory cat : List.of(SavoirCategory.GESTION, SavoirCategory.JURIDIQUES_ET_ECONOMIQUES,
                    SavoirCategory.COMMUNICATION_ET_NUMERIQUE)) {
                assertThat(c.savoirs(cat)).as(c.code() + " " + cat).isNotEmpty();
            }
            assertThat(c.savoirs().stream().filter(s -> s.source().file().equals(S001))).as(c.code()).isNotEmpty();
            assertThat(c.exemplesConcrets()).as(c.code()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.source().file()).isEqualTo(S001));
            assertThat(c.pgiModules()).as(c.code()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.source().file()).isEqualTo(S002));
        }
    }

    @Test
    void criterionIdsAreUniqueAndVariationIdsFollowTheirSituation() {
        List<String> ids = r.competencies().stream().flatMap(c -> c.criteria().stream()).map(Criterion::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        for (Situation s : r.situations()) {
            assertThat(s.criteriaIds()).allSatisfy(id -> assertThat(r.criteriaById()).containsKey(id));
            IntStream.range(0, s.complexityFactors().size()).forEach(i ->
                    assertThat(s.complexityFactors().get(i).id()).isEqualTo(s.code() + "-F" + (i + 1)));
            IntStream.range(0, s.aleas().size()).forEach(i ->
                    assertThat(s.aleas().get(i).id()).isEqualTo(s.code() + "-A" + (i + 1)));
        }
    }

    @Test
    void crcnCodesAreTheSixteen() {
        assertThat(r.crcnCompetencies()).extracting(CrcnCompetency::code).containsExactly(
                "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3",
                "5.1", "5.2");
        Set<String> known = Set.copyOf(r.crcnCompetencies().stream().map(CrcnCompetency::code).toList());
        assertThat(r.activities()).allSatisfy(a -> assertThat(a.crcnCodes()).isNotEmpty().allMatch(known::contains));
    }

    @Test
    void blocsCarryTheGuideAndTheReferentielExtract() {
        Bloc b1 = r.bloc(1);
        assertThat(b1.summary()).startsWith("Le pôle 1 concerne la gestion de la relation avec le client");
        assertThat(b1.keywords()).containsExactly("Accueil", "Relation client", "Prospection", "Communication",
                "Facturation", "Réclamation", "Réseaux sociaux", "Site web");
        assertThat(b1.summarySource().file()).isEqualTo(S001);
        assertThat(b1.mission()).isNotEmpty();
        assertThat(b1.resultatsAttendus()).extracting(SourcedText::text)
                .contains("Les opérations de prospection sont traitées selon les objectifs et les procédures fixés par l'organisation");
        assertThat(r.blocs()).allSatisfy(b -> {
            assertThat(b.summary()).isNotBlank();
            assertThat(b.keywords()).isNotEmpty();
            assertThat(b.savoirs()).isNotEmpty();
        });
        // every paragraph of the conditions d'exercice of 000, not only the first
        assertThat(r.bloc(1).conditionsExercice()).hasSize(3);
        assertThat(r.bloc(3).conditionsExercice()).hasSize(4);
        assertThat(r.bloc(2).equipementsEtLogiciels()).extracting(SourcedText::text)
                .contains("Logiciels ou applications professionnels");
        assertThat(r.bloc(2).basesPgi()).extracting(SourcedText::text).endsWith("CONTROL RESET", "BUROMOD");
        assertThat(r.champActivite()).extracting(SourcedText::text).anyMatch(t -> t.startsWith(
                "Les métiers de l'assistance à la gestion consistent à apporter un appui"));
        Savoir chaine = r.bloc(1).savoirs().stream()
                .filter(s -> s.label().equals("La chaîne des documents liés aux ventes")).findFirst().orElseThrow();
        assertThat(chaine.indicationsComplementaires()).startsWith(
                "La chaîne des documents liés aux ventes s'étend du devis à la facture d'avoir. La facturation");
        Savoir paie = r.bloc(3).savoirs().stream().filter(s -> s.label().equals("Le bulletin de paie")).findFirst()
                .orElseThrow();
        assertThat(paie.indicationsComplementaires())
                .isEqualTo("Le bulletin de paie est appréhendé dans ses grandes composantes.");
        assertThat(paie.indicationsSourceIfAny()).get().extracting(Source::file).isEqualTo(S004);
    }

    @Test
    void spotChecksAgainstTheSeeds() {
        Competency accueil = r.requireCompetency("1.1.1");
        assertThat(accueil.exemplesConcrets()).extracting(SourcedText::text)
                .startsWith("Accueillir un visiteur au téléphone ou en face à face",
                        "Poser les bonnes questions pour cerner le besoin exact");
        assertThat(accueil.savoirs()).extracting(Savoir::label).contains(
                "L'écoute active (demande et besoin, questionnement, reformulation, communication verbale et non verbale)");
        // 001 prints some exemples inline, separated by bullets
        assertThat(r.requireCompetency("2.1.2").exemplesConcrets()).extracting(SourcedText::text)
                .contains("Saisir une facture d'achat dans le PGI", "Lettrer les comptes fournisseurs");
        assertThat(r.activity("1.2").pgiModules()).extracting(SourcedText::text).contains(
                "Module de comptabilité : Saisie des règlements ; Edition des échéanciers ; Lettrage des comptes");
        assertThat(r.requireCompetency("3.2.5").pgiModules()).extracting(SourcedText::text).anyMatch(
                t -> t.startsWith("Module de paie : Suivi des absences ; Saisie des variables de paie"));
        assertThat(r.activity("3.1").tasks()).extracting(SourcedText::text).containsExactly(
                "Suivi administratif du recrutement, de l'intégration et du départ des personnels",
                "Tenue des dossiers des personnels", "Préparation et suivi des actions de formation professionnelle");
        assertThat(r.activity("3.2").indicateursEvaluation()).extracting(SourcedText::text)
                .startsWith("Cohérence des plannings").hasSize(8);
        assertThat(r.activity("1.1").indicateursEvaluation()).isEmpty();
        assertThat(r.requireCompetency("1.2.4").savoirs(SavoirCategory.REDACTIONNEL)).extracting(Savoir::label)
                .containsExactly("Le courrier de relance client");
        assertThat(r.activity("2.2").savoirs().stream()
                .filter(s -> s.category() == SavoirCategory.REDACTIONNEL).map(Savoir::competencyCode))
                .containsExactly("2.2.2", "2.2.4");
        // 000 reprints bloc 2's savoirs under 1.3: its competencies take the pôle 1 savoirs of 002
        assertThat(r.activity("1.3").savoirs()).extracting(Savoir::label)
                .contains("L'approvisionnement et la gestion des stocks");
        assertThat(r.requireCompetency("1.3.1").savoirs()).extracting(Savoir::label)
                .contains("Le cadre juridique lié aux réseaux sociaux numériques et au site Web")
                .doesNotContain("L'approvisionnement et la gestion des stocks");
        // list cells of 000 re-split: '/' joins two parts of one item; ▪ bullets are separators
        assertThat(r.situation("2.1.1").complexityFactors()).extracting(Variation::text)
                .startsWith("Achats de biens et de services associés / Achats en ligne");
        assertThat(r.situation("2.1.1").aleas()).extracting(Variation::text)
                .endsWith("Rupture de stock/ Détérioration de stocks");
        assertThat(r.activities()).allSatisfy(a -> assertThat(a.donneesEtInformations()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.text()).doesNotContain("▪").doesNotMatch(".*\\d\\.\\d\\. .*")));
    }

    @Test
    void examRegulationOfSeed002() {
        assertThat(r.epreuves()).extracting(Epreuve::code).containsExactly("E1", "E2", "E3", "E4", "E5", "E6", "E7");
        assertThat(r.epreuve("E3").coefficient()).isEqualByComparingTo("8");
        assertThat(r.epreuve("E3").unitCodes()).containsExactly("U31", "U32", "U33");
        assertThat(r.epreuve("E1").unitCodes()).containsExactly("U11", "U12");
        assertThat(r.examUnits()).hasSize(12).allSatisfy(u -> {
            assertThat(u.modes()).extracting(EpreuveMode::category)
                    .containsExactlyInAnyOrder(CandidateCategory.values());
            assertThat(u.source().file()).isEqualTo(S002);
        });
        // each épreuve's coefficient is the sum of its units'
        for (Epreuve e : r.epreuves()) {
            BigDecimal sum = e.unitCodes().stream().map(u -> r.examUnit(u).coefficient())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(e.code()).isEqualByComparingTo(e.coefficient());
        }
        ExamUnit u2 = r.examUnit("U2");
        assertThat(u2.modeFor(CandidateCategory.AUTRES)).get()
                .isEqualTo(new EpreuveMode(CandidateCategory.AUTRES, "Ponctuel écrit", "3 h 30"));
        assertThat(u2.modeFor(CandidateCategory.FORMATION_CONTINUE_HABILITEE)).get().extracting(EpreuveMode::mode)
                .isEqualTo("CCF");
        assertThat(r.examUnit("U51").coefficient()).isEqualByComparingTo("2.5");
    }

    @Test
    void discrepanciesKeepBothVersionsWithTheirSources() {
        Discrepancy d = r.discrepancies().stream().filter(x -> x.id().equals("1.3.4-situation-001")).findFirst()
                .orElseThrow();
        assertThat(d.versions()).extracting(v -> v.source().file()).containsExactly(S000, S001);
        assertThat(d.versions().get(1).text()).contains("Suivi et actualisation des données sur les réseaux sociaux");
        assertThat(r.discrepancies()).extracting(Discrepancy::id)
                .contains("1.3.1-situation-001", "2.1.2-situation", "2.1.2-situation-001", "3.2.3-criteria",
                        "2.1.4-criteria", "2.3.1-split", "1.3-savoirs")
                .doesNotHaveDuplicates();
    }

    @Test
    void everyItemNamesASeedFile() throws Exception {
        List<Source> sources = new ArrayList<>();
        collect(r, sources);
        assertThat(sources).hasSizeGreaterThan(2000);
        for (Source s : sources) {
            if (s.file().equals(CRCN_REFERENCE)) {
                continue; // checked below: only CRCN labels that no seed prints
            }
            assertThat(SEED_FILES).as(s.toString()).contains(s.file());
            if (Files.isDirectory(SEEDS)) {
                assertThat(SEEDS.resolve(s.file())).exists();
            }
        }
        assertThat(r.crcnCompetencies().stream().filter(c -> c.source().file().equals(CRCN_REFERENCE))
                .map(CrcnCompetency::code)).containsExactly("2.4", "3.2", "3.4", "5.1");
    }

    /** Walks the record tree: every Source reachable from the référentiel. */
    private static void collect(Object o, List<Source> out) throws Exception {
        if (o instanceof Source s) {
            out.add(s);
        } else if (o instanceof List<?> l) {
            for (Object x : l) {
                collect(x, out);
            }
        } else if (o instanceof Record rec) {
            for (RecordComponent c : rec.getClass().getRecordComponents()) {
                collect(c.getAccessor().invoke(rec), out);
            }
        }
    }
}
