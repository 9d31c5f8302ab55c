package fr.agora.application.service.grid;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.grid.LoadGridLayoutPort;
import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.grid.GridLayout;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.shared.NotFoundException;

/** What both grid reads look up: the cohort's layout and the school's name for the header. */
final class GridLookups {

    private GridLookups() {
    }

    static GridLayout layout(LoadGridLayoutPort layouts, Cohort cohort) {
        return layouts.loadGridLayout(cohort.referentielId(), cohort.referentielVersion()).orElseThrow(() ->
                new NotFoundException("referentiel-not-found", "référentiel", cohort.referentielId() + " " + cohort.referentielVersion()));
    }

    /** The school's registered name, else its UAI. */
    static String schoolName(LoadEstablishmentPort establishments, Caller caller) {
        return establishments.loadEstablishment(caller.uai()).map(Establishment::name).orElse(caller.uai().value());
    }
}
