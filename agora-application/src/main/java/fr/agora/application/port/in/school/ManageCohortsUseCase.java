package fr.agora.application.port.in.school;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Page;
import fr.agora.application.port.in.shared.Versioned;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * A school's cohorts, each pinned to one référentiel version, with their PFMP periods P1 … P6. Creating a cohort or
 * changing its periods: school admin or ENT; reading: every role but tutors. Period changes are optimistically locked.
 */
public interface ManageCohortsUseCase {

    Cohort createCohort(CreateCommand command);

    /** {@code expectedVersion} null ⇒ unconditional; otherwise a stale version is a conflict (409 {@code stale-version}). */
    Versioned<Cohort> replacePeriods(Caller caller, String cohortId, List<PfmpPeriod> periods, Long expectedVersion);

    Versioned<Cohort> cohort(Caller caller, String cohortId);

    Page<Cohort> cohorts(Caller caller, int page, int size);

    record CreateCommand(Caller caller, String name, String referentielId, String referentielVersion, int examSessionYear,
                         List<PfmpPeriod> periods) {
        public CreateCommand {
            Objects.requireNonNull(caller, "caller");
            if (name == null || name.isBlank()) throw new InvalidInputException("name", "name is required");
            if (referentielId == null || referentielId.isBlank()) throw new InvalidInputException("referentielId", "referentielId is required");
            if (referentielVersion == null || referentielVersion.isBlank()) throw new InvalidInputException("referentielVersion", "referentielVersion is required");
            periods = periods == null ? List.of() : List.copyOf(periods);
        }
    }
}
