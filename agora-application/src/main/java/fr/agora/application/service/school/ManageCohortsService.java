package fr.agora.application.service.school;

import fr.agora.application.port.in.school.ManageCohortsUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Page;
import fr.agora.application.port.in.shared.Versioned;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.port.out.school.ListCohortsPort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.SaveCohortPort;
import fr.agora.application.port.out.school.VersionedWritesPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.service.shared.Roles;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.StaleVersionException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A school's cohorts and their PFMP periods (period changes optimistically locked), scoped by the caller's UAI. */
public final class ManageCohortsService implements ManageCohortsUseCase {

    private final LoadFrameworkPort frameworks;
    private final LoadCohortPort loadCohorts;
    private final SaveCohortPort saveCohort;
    private final ListCohortsPort listCohorts;
    private final VersionedWritesPort versions;
    private final TransactionPort tx;

    public ManageCohortsService(LoadFrameworkPort frameworks, LoadCohortPort loadCohorts, SaveCohortPort saveCohort, ListCohortsPort listCohorts, VersionedWritesPort versions, TransactionPort tx) {
        this.frameworks = frameworks;
        this.loadCohorts = loadCohorts;
        this.saveCohort = saveCohort;
        this.listCohorts = listCohorts;
        this.versions = versions;
        this.tx = tx;
    }

    @Override
    public Cohort createCohort(ManageCohortsUseCase.CreateCommand c) {
        Roles.require(c.caller(), Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION);
        if (frameworks.loadFramework(c.referentielId().trim(), c.referentielVersion().trim()).isEmpty()) {
            throw new InvalidInputException("unknown-referentiel", "referentielVersion", "référentiel " + c.referentielId()
                    + " version " + c.referentielVersion() + " is not published", Map.of("value", c.referentielId() + " " + c.referentielVersion()));
        }
        Cohort cohort = new Cohort(new CohortId(UUID.randomUUID().toString()), c.caller().uai(), c.name().trim(),
                c.referentielId().trim(), c.referentielVersion().trim(), c.examSessionYear(), c.periods());
        return tx.inTransaction(() -> {
            saveCohort.saveCohort(cohort);
            return cohort;
        });
    }

    @Override
    public Versioned<Cohort> replacePeriods(Caller caller, String cohortId, List<PfmpPeriod> periods, Long expectedVersion) {
        Roles.require(caller, Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION);
        Cohort old = SchoolLookups.cohort(loadCohorts, caller, new CohortId(cohortId));
        Cohort updated = new Cohort(old.id(), old.uai(), old.name(), old.referentielId(), old.referentielVersion(),
                old.examSessionYear(), periods);
        return tx.inTransaction(() -> {
            if (expectedVersion == null) {
                saveCohort.saveCohort(updated);
            } else if (!versions.saveCohortIfVersion(updated, expectedVersion)) {
                throw new StaleVersionException("cohort", expectedVersion, versions.cohortVersion(caller.uai(), old.id()).orElse(-1L));
            }
            return new Versioned<>(updated, versions.cohortVersion(caller.uai(), old.id()).orElseThrow());
        });
    }

    @Override
    public Versioned<Cohort> cohort(Caller caller, String cohortId) {
        Roles.require(caller, Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION, Caller.Role.TEACHER);
        Cohort c = SchoolLookups.cohort(loadCohorts, caller, new CohortId(cohortId));
        return new Versioned<>(c, versions.cohortVersion(caller.uai(), c.id()).orElseThrow());
    }

    @Override
    public Page<Cohort> cohorts(Caller caller, int page, int size) {
        Roles.require(caller, Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION, Caller.Role.TEACHER);
        Page.check(page, size);
        return new Page<>(listCohorts.listCohorts(caller.uai(), page * size, size), page, size, listCohorts.countCohorts(caller.uai()));
    }
}
