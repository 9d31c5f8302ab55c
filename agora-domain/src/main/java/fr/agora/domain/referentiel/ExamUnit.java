package fr.agora.domain.referentiel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An épreuve or sous-épreuve of the règlement d'examen (E31 / U31 …). The coefficient is exact ({@code BigDecimal}:
 * some are 0.5); {@code certifiedBloc} is 0 for general units, 1..3 for the professional unit certifying a bloc.
 */
public record ExamUnit(String epreuveCode, String unitCode, String title, BigDecimal coefficient,
                       List<EpreuveMode> modes, int certifiedBloc, Source source) {

    public ExamUnit {
        epreuveCode = Checks.code(epreuveCode, "E\\d{1,2}", "examUnit.epreuveCode");
        unitCode = Checks.code(unitCode, "U[A-Z0-9]{1,3}", "examUnit.unitCode");
        title = Checks.text(title, "examUnit.title");
        Checks.required(coefficient, "examUnit.coefficient");
        modes = Checks.list(modes, "examUnit.modes");
        Checks.between(certifiedBloc, 0, 3, "examUnit.certifiedBloc");
        Checks.required(source, "examUnit.source");
    }

    public Optional<Integer> bloc() {
        return certifiedBloc == 0 ? Optional.empty() : Optional.of(certifiedBloc);
    }

    public Optional<EpreuveMode> modeFor(CandidateCategory category) {
        return modes.stream().filter(m -> m.category() == category).findFirst();
    }
}
