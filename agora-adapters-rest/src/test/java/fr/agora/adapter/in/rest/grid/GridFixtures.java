package fr.agora.adapter.in.rest.grid;

import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationId;
import fr.agora.domain.assessment.EvaluationScale;
import fr.agora.domain.assessment.EvaluatorRole;
import fr.agora.domain.assessment.ScaleHistory;
import fr.agora.domain.grid.CohortGrid;
import fr.agora.domain.grid.GridLayout;
import fr.agora.domain.grid.GridSheet;
import fr.agora.domain.grid.StudentGrid;
import fr.agora.domain.referentiel.Referentiel;
import fr.agora.domain.referentiel.Referentiels;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.OrganisationKind;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Grid sheets built from the real référentiel, for the printed and exported forms (no server needed). */
public final class GridFixtures {

    public static final Referentiel REFERENTIEL = Referentiels.agora2020();
    public static final CompetencyFramework FRAMEWORK = CompetencyFramework.of(REFERENTIEL);
    public static final GridLayout LAYOUT = GridLayout.of(REFERENTIEL);
    public static final ScaleHistory LSL = ScaleHistory.of(EvaluationScale.lslDefault("lsl"));
    public static final Cohort COHORT = new Cohort(new CohortId("cohort-1"), Uai.of("0750001A"), "1re AGOrA 2", "agora-2020", "2020.1", 2027,
            List.of(new PfmpPeriod(PeriodCode.P1, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 31), 4),
                    new PfmpPeriod(PeriodCode.P2, LocalDate.of(2025, 5, 12), LocalDate.of(2025, 6, 6), 4),
                    new PfmpPeriod(PeriodCode.P3, LocalDate.of(2025, 11, 17), LocalDate.of(2025, 12, 12), 4),
                    new PfmpPeriod(PeriodCode.P4, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 4, 3), 4),
                    new PfmpPeriod(PeriodCode.P5, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 11), 4),
                    new PfmpPeriod(PeriodCode.P6, LocalDate.of(2027, 3, 8), LocalDate.of(2027, 4, 2), 4)));

    private GridFixtures() {
    }

    public static Evaluation observation(StudentId s, int n, String competency, String criterion, PeriodCode p, String level) {
        return new Evaluation(new EvaluationId(String.format("f%07d", n)), s, competency, criterion, p, LocalDate.of(2025, 1, 7).plusDays(n % 300),
                level, 1, "tuteur@hote.fr", EvaluatorRole.TUTEUR, Set.of(), Set.of(), null, null, null, "tuteur@hote.fr",
                Instant.parse("2025-01-07T08:00:00Z").plusSeconds(n), null);
    }

    /** Léa Étienne: 2.2.4 mis en œuvre in P3 at level 3 with its criterion; 1.1.1 in P1 NE with criterion G2; placements P1 and P3. */
    public static GridSheet lea() {
        StudentId id = StudentId.of("s-lea");
        Student lea = new Student(id, COHORT.uai(), COHORT.id(), null, "Étienne", "Léa");
        List<Evaluation> es = List.of(observation(id, 1, "2.2.4", "2.2.4-G1", PeriodCode.P3, "3"),
                observation(id, 2, "1.1.1", "1.1.1-G2", PeriodCode.P1, "NE"));
        List<Placement> placements = List.of(
                new Placement(id, PeriodCode.P1, "Mutuelle du Centre", OrganisationKind.MUTUELLE, "Claire Dubois", "c.dubois@mutuelle.fr"),
                new Placement(id, PeriodCode.P3, "Cabinet Lefèvre & Associés", OrganisationKind.MUTUELLE, "Hélène Girard", "h.girard@cabinet.fr"));
        return sheet(lea, es, placements);
    }

    public static GridSheet sheet(Student s, List<Evaluation> es, List<Placement> placements) {
        StudentGrid g = StudentGrid.of(FRAMEWORK, s.id(), es, LSL, AggregationPolicy.schoolDefault(), COHORT.plannedPeriods());
        return new GridSheet("Lycée professionnel Jean-Jaurès", COHORT, s, placements, LAYOUT, g);
    }

    /** A cohort of {@code n} students with about {@code perStudent} seeded observations each over P1–P4. */
    public static CohortGrid cohort(int n, int perStudent, long seed) {
        Random r = new Random(seed);
        List<String> codes = FRAMEWORK.competencyCodes();
        String[] levels = {"1", "2", "3", "4", "NE"};
        List<GridSheet> sheets = new ArrayList<>();
        int seq = 0;
        for (int i = 0; i < n; i++) {
            StudentId id = StudentId.of("s-" + i);
            Student s = new Student(id, COHORT.uai(), COHORT.id(), null, "Élève" + i, "Prénom" + i);
            List<Evaluation> es = new ArrayList<>();
            for (int j = 0; j < perStudent; j++) {
                String c = codes.get(r.nextInt(codes.size()));
                List<String> criteria = List.copyOf(FRAMEWORK.criterionIds(c));
                String criterion = criteria.isEmpty() ? null : criteria.get(r.nextInt(criteria.size()));
                es.add(observation(id, ++seq, c, criterion, PeriodCode.values()[r.nextInt(4)], levels[r.nextInt(levels.length)]));
            }
            List<Placement> pl = List.of(new Placement(id, PeriodCode.P1, "Entreprise " + i, OrganisationKind.MUTUELLE, "Tuteur " + i, "t" + i + "@x.fr"));
            sheets.add(sheet(s, es, pl));
        }
        return CohortGrid.of("Lycée professionnel Jean-Jaurès", COHORT, LAYOUT, COHORT.plannedPeriods(), sheets);
    }
}
