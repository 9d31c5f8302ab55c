package fr.agora.adapter.in.rest.grid;

import fr.agora.application.port.in.grid.CohortEvaluations;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.Scores;
import fr.agora.domain.coverage.CohortCoverage;
import fr.agora.domain.grid.CohortGrid;
import fr.agora.domain.grid.GridCell;
import fr.agora.domain.grid.GridLayout;
import fr.agora.domain.grid.GridSheet;
import fr.agora.domain.school.PeriodCode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** A cohort's evaluations, grid and coverage as {@link ExportTable}s (column headers in French, as teachers read them). */
public final class ExportTables {

    private ExportTables() {
    }

    public static ExportTable evaluations(CohortEvaluations ce) {
        List<List<Object>> rows = new ArrayList<>();
        for (CohortEvaluations.StudentEvaluations se : ce.students()) {
            for (Evaluation e : se.evaluations()) {
                rows.add(java.util.Arrays.asList(se.student().lastName(), se.student().firstName(), e.competencyCode(), e.criterionId(),
                        e.period().name(), e.date(), e.levelCode(), e.evaluatorRole().name(), String.join(", ", new TreeSet<>(e.complexityFactors())),
                        String.join(", ", new TreeSet<>(e.aleas())), e.comment(), e.isValidated() ? "oui" : "non"));
            }
        }
        return new ExportTable("Évaluations", List.of("Nom", "Prénom", "Compétence", "Critère", "Période", "Date", "Niveau", "Évaluateur",
                "Facteurs de complexité", "Aléas", "Commentaire", "Validée"), rows);
    }

    /** One row per student × competency: each period's cell as printed ("✓ 3", "✓" or empty) and the criteria observed. */
    public static ExportTable grid(CohortGrid g) {
        List<String> headers = new ArrayList<>(List.of("Nom", "Prénom", "Activité", "Compétence", "Libellé"));
        for (PeriodCode p : g.periods()) headers.add(p.name());
        headers.add("Critères observés");
        List<List<Object>> rows = new ArrayList<>();
        for (GridSheet s : g.sheets()) {
            for (GridLayout.GridActivity a : g.layout().activities()) {
                for (GridLayout.GridCompetency c : a.competencies()) {
                    List<Object> row = new ArrayList<>(List.of(s.student().lastName(), s.student().firstName(), a.code(), c.code(), c.label()));
                    List<String> criteria = new ArrayList<>();
                    for (PeriodCode p : g.periods()) {
                        GridCell cell = s.grid().cell(c.code(), p);
                        row.add(!cell.misEnOeuvre() ? "" : cell.assessed() ? GridPdfWriter.TICK + " " + cell.levelCode() : GridPdfWriter.TICK);
                        for (String k : cell.criteria()) criteria.add(k + " (" + p.name() + ")");
                    }
                    row.add(String.join(", ", criteria));
                    rows.add(row);
                }
            }
        }
        return new ExportTable("Grille", headers, rows);
    }

    /** One row per competency × period: the students in each state and the share who mis it en œuvre (a percentage, two decimals). */
    public static ExportTable coverage(CohortCoverage cc) {
        List<List<Object>> rows = new ArrayList<>();
        cc.cells().forEach((code, row) -> row.forEach((p, n) -> {
            int done = n.exercised() + n.evaluated() + n.proficient();
            rows.add(List.of(code, p.name(), n.notExercised(), n.exercised(), n.evaluated(), n.proficient(), cc.students(),
                    Scores.percent(done, cc.students())));
        }));
        return new ExportTable("Couverture", List.of("Compétence", "Période", "Non mise en œuvre", "Mise en œuvre non évaluée", "Évaluée",
                "Maîtrisée", "Élèves", "Part mise en œuvre (%)"), rows);
    }
}
