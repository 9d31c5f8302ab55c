package fr.agora.application.service.school;

import fr.agora.application.port.in.school.ManagePlacementsUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Versioned;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.port.out.school.SavePlacementPort;
import fr.agora.application.port.out.school.VersionedWritesPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.service.shared.Roles;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.OrganisationKind;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.Student;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.NotFoundException;
import fr.agora.domain.shared.StaleVersionException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A student's PFMP placements, one per planned period (writes optimistically locked). */
public final class ManagePlacementsService implements ManagePlacementsUseCase {

    private final LoadStudentPort loadStudents;
    private final LoadPlacementsPort loadPlacements;
    private final LoadCohortPort loadCohorts;
    private final SavePlacementPort savePlacement;
    private final VersionedWritesPort versions;
    private final TransactionPort tx;

    public ManagePlacementsService(LoadStudentPort loadStudents, LoadPlacementsPort loadPlacements, LoadCohortPort loadCohorts, SavePlacementPort savePlacement, VersionedWritesPort versions, TransactionPort tx) {
        this.loadStudents = loadStudents;
        this.loadPlacements = loadPlacements;
        this.loadCohorts = loadCohorts;
        this.savePlacement = savePlacement;
        this.versions = versions;
        this.tx = tx;
    }

    @Override
    public Versioned<Placement> setPlacement(ManagePlacementsUseCase.Command c) {
        Roles.require(c.caller(), Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION, Caller.Role.TEACHER);
        Student s = SchoolLookups.visibleStudent(loadStudents, loadPlacements, c.caller(), c.studentId());
        PeriodCode period = PeriodCode.parse("period", c.period());
        Cohort cohort = SchoolLookups.cohort(loadCohorts, c.caller(), s.cohortId());
        if (!cohort.plannedPeriods().contains(period)) {
            throw new InvalidInputException("period", "period " + period + " is not planned for cohort " + cohort.name());
        }
        OrganisationKind kind;
        if (c.kind() == null) throw new InvalidInputException("kind", "kind is required");
        try {
            kind = OrganisationKind.valueOf(c.kind().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "kind '" + c.kind() + "' must be one of ENTREPRISE, ADMINISTRATION, ASSOCIATION, MUTUELLE, COLLECTIVITE");
        }
        Placement p = new Placement(s.id(), period, c.organisation(), kind, c.tutorName(), c.tutorEmail());
        return tx.inTransaction(() -> {
            if (c.expectedVersion() == null) {
                savePlacement.savePlacement(p);
            } else if (!versions.savePlacementIfVersion(p, c.expectedVersion())) {
                throw new StaleVersionException("placement", c.expectedVersion(), versions.placementVersions(c.caller().uai(), s.id()).getOrDefault(period, -1L));
            }
            return new Versioned<>(p, versions.placementVersions(c.caller().uai(), s.id()).get(period));
        });
    }

    @Override
    public List<Versioned<Placement>> placements(Caller caller, String studentId) {
        SchoolLookups.VisibleStudent visible = SchoolLookups.studentInView(loadStudents, loadPlacements, caller, studentId);
        Student s = visible.student();
        Map<PeriodCode, Long> v = versions.placementVersions(caller.uai(), s.id());
        // a tutor sees their own placements only: another period's host and tutor are none of their business
        return visible.view().placements(loadPlacements.loadPlacementsOfStudent(caller.uai(), s.id())).stream()
                .map(p -> new Versioned<>(p, v.getOrDefault(p.period(), 0L))).toList();
    }

    @Override
    public Versioned<Placement> placement(Caller caller, String studentId, String period) {
        PeriodCode code = PeriodCode.parse("period", period);
        return placements(caller, studentId).stream().filter(p -> p.value().period() == code).findFirst()
                .orElseThrow(() -> new NotFoundException("placement-not-found", "placement", studentId + " " + code));
    }
}
