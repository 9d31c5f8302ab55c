package fr.agora.domain.referentiel;

import java.math.BigDecimal;
import java.util.List;

/**
 * An épreuve of the règlement d'examen (E1 … E7) as a whole: its coefficient and the unit codes of its sous-épreuves
 * (E3 → U31, U32, U33), or its own unit when it has no sous-épreuve (E2 → U2). The {@link ExamUnit}s carry modes and
 * durations; this record keeps the épreuve level, which has no unit code of its own for E1, E3, E4 and E5.
 */
public record Epreuve(String code, String title, BigDecimal coefficient, List<String> unitCodes, Source source) {

    public Epreuve {
        code = Checks.code(code, "E\\d", "epreuve.code");
        title = Checks.text(title, "epreuve.title");
        Checks.required(coefficient, "epreuve.coefficient");
        unitCodes = Checks.list(unitCodes, "epreuve.unitCodes");
        Checks.required(source, "epreuve.source");
    }
}
