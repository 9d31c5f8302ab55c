package fr.agora.application.service.evaluation;

import fr.agora.application.port.in.evaluation.Caller;
import fr.agora.application.port.in.evaluation.GetEvaluationHistoryUseCase;
import fr.agora.application.port.in.evaluation.ManageCohortsUseCase;
import fr.agora.application.port.in.evaluation.ManagePlacementsUseCase;
import fr.agora.application.port.in.evaluation.ManageStudentsUseCase;
import fr.agora.application.port.in.evaluation.Page;
import fr.agora.application.port.in.evaluation.Versioned;
import fr.agora.application.port.out.evaluation.ListCohortsPort;
import fr.agora.application.port.out.evaluation.ListStudentsPort;
import fr.agora.application.port.out.evaluation.LoadEvaluationsPort;
import fr.agora.application.port.out.evaluation.LoadFrameworkPort;
import fr.agora.application.port.out.evaluation.LoadPlacementsPort;
import fr.agora.application.port.out.evaluation.LoadStudentPort;
import fr.agora.application.port.out.evaluation.SaveCohortPort;
import fr.agora.application.port.out.evaluation.SavePlacementPort;
import fr.agora.application.port.out.evaluation.SaveStudentsPort;
import fr.agora.application.port.out.evaluation.TransactionPort;
import fr.agora.application.port.out.evaluation.VersionedWritesPort;
import fr.agora.domain.evaluation.Cohort;
import fr.agora.domain.evaluation.CohortId;
import fr.agora.domain.evaluation.Evaluation;
import fr.agora.domain.evaluation.EvaluationConflictException;
import fr.agora.domain.evaluation.Ine;
import fr.agora.domain.evaluation.OrganisationKind;
import fr.agora.domain.evaluation.PeriodCode;
import fr.agora.domain.evaluation.PfmpPeriod;
import fr.agora.domain.evaluation.Placement;
import fr.agora.domain.evaluation.Student;
import fr.agora.domain.evaluation.StudentId;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The management side of a school: cohorts and their periods, students one at a time, placements, and the read of
 * a student's history. Every read and write is scoped by the caller's UAI (another school's id is a 404).
 */
public final class SchoolAdministrationService implements ManageCohortsUseCase, ManageStudentsUseCase,
        ManagePlacementsUseCase, GetEvaluationHistoryUseCase {

    private final SchoolContext school;
    private final LoadFrameworkPort frameworks;
    private final SaveCohortPort saveCohort;
    private final ListCohortsPort listCohorts;
    private final LoadStudentPort loadStudents;
    private final ListStudentsPort listStudents;
    private final SaveStudentsPort saveStudents;
    private final LoadPlacementsPort loadPlacements;
    private final SavePlacementPort savePlacement;
    private final LoadEvaluationsPort evaluations;
    private final VersionedWritesPort versions;
    private final TransactionPort tx;

    public SchoolAdministrationService(SchoolContext school, LoadFrameworkPort frameworks, SaveCohortPort saveCohort,
                                       ListCohortsPort listCohorts, LoadStudentPort loadStudents, ListStudentsPort listStudents,
                                       SaveStudentsPort saveStudents, LoadPlacementsPort loadPlacements,
                                       SavePlacementPort savePlacement, LoadEvaluationsPort evaluations, VersionedWritesPort versions,
                                       TransactionPort tx) {
        this.versions = versions;
        this.school = school;
        this.frameworks = frameworks;
        this.saveCohort = saveCohort;
        this.listCohorts = listCohorts;
        this.loadStudents = loadStudents;
        this.listStudents = listStudents;
        this.saveStudents = saveStudents;
        this.loadPlacements = loadPlacements;
        this.savePlacement = savePlacement;
        this.evaluations = evaluations;
        this.tx = tx;
    }

    // ---- cohorts ----

    @Override
    public Cohort createCohort(ManageCohortsUseCase.CreateCommand c) {
        SchoolContext.requireRole(c.caller(), Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION);
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
        SchoolContext.requireRole(caller, Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION);
        Cohort old = school.cohort(caller, new CohortId(cohortId));
        Cohort updated = new Cohort(old.id(), old.uai(), old.name(), old.referentielId(), old.referentielVersion(),
                old.examSessionYear(), periods);
        return tx.inTransaction(() -> {
            if (expectedVersion == null) {
                saveCohort.saveCohort(updated);
            } else if (!versions.saveCohortIfVersion(updated, expectedVersion)) {
                throw stale("cohort", expectedVersion, versions.cohortVersion(caller.uai(), old.id()).orElse(-1L));
            }
            return new Versioned<>(updated, versions.cohortVersion(caller.uai(), old.id()).orElseThrow());
        });
    }

    @Override
    public Versioned<Cohort> cohort(Caller caller, String cohortId) {
        SchoolContext.requireRole(caller, Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION, Caller.Role.TEACHER);
        Cohort c = school.cohort(caller, new CohortId(cohortId));
        return new Versioned<>(c, versions.cohortVersion(caller.uai(), c.id()).orElseThrow());
    }

    private static EvaluationConflictException stale(String what, long expected, long current) {
        return new EvaluationConflictException("stale-version", "If-Match", "the " + what + " is at version " + current
                + ", not " + expected + ": read it again and reapply your change", Map.of("currentVersion", current));
    }

    @Override
    public Page<Cohort> cohorts(Caller caller, int page, int size) {
        SchoolContext.requireRole(caller, Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION, Caller.Role.TEACHER);
        Page.check(page, size);
        return new Page<>(listCohorts.listCohorts(caller.uai(), page * size, size), page, size, listCohorts.countCohorts(caller.uai()));
    }

    // ---- students ----

    @Override
    public Student createStudent(ManageStudentsUseCase.CreateCommand c) {
        SchoolContext.requireRole(c.caller(), Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION);
        Cohort cohort = school.cohort(c.caller(), new CohortId(c.cohortId()));
        Ine ine = c.ine() == null || c.ine().isBlank() ? null : Ine.of(c.ine());
        Student s = new Student(StudentId.random(), c.caller().uai(), cohort.id(), ine, c.lastName(), c.firstName());
        return tx.inTransaction(() -> {
            if (ine != null && loadStudents.findStudentByIne(c.caller().uai(), ine).isPresent()) {
                throw new EvaluationConflictException("duplicate-student", "ine", "a student with INE " + ine + " already exists", Map.of("value", ine.value()));
            }
            saveStudents.saveStudents(List.of(s));
            return s;
        });
    }

    @Override
    public Student student(Caller caller, String studentId) {
        return school.visibleStudent(caller, studentId);
    }

    @Override
    public Versioned<Student> versionedStudent(Caller caller, String studentId) {
        Student s = school.visibleStudent(caller, studentId);
        return new Versioned<>(s, versions.studentVersion(caller.uai(), s.id()).orElseThrow());
    }

    @Override
    public Versioned<Student> updateStudent(ManageStudentsUseCase.UpdateCommand c) {
        SchoolContext.requireRole(c.caller(), Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION);
        Student old = school.visibleStudent(c.caller(), c.studentId());
        CohortId cohort = c.cohortId() == null || c.cohortId().isBlank() ? old.cohortId()
                : school.cohort(c.caller(), new CohortId(c.cohortId().trim())).id();
        Ine ine = c.ine() == null || c.ine().isBlank() ? null : Ine.of(c.ine());
        Student updated = new Student(old.id(), old.uai(), cohort, ine, c.lastName(), c.firstName());
        return tx.inTransaction(() -> {
            if (ine != null && loadStudents.findStudentByIne(c.caller().uai(), ine).filter(o -> !o.id().equals(old.id())).isPresent()) {
                throw new EvaluationConflictException("duplicate-student", "ine", "a student with INE " + ine + " already exists", Map.of("value", ine.value()));
            }
            if (c.expectedVersion() == null) {
                saveStudents.saveStudents(List.of(updated));
            } else if (!versions.saveStudentIfVersion(updated, c.expectedVersion())) {
                throw stale("student", c.expectedVersion(), versions.studentVersion(c.caller().uai(), old.id()).orElse(-1L));
            }
            return new Versioned<>(updated, versions.studentVersion(c.caller().uai(), old.id()).orElseThrow());
        });
    }

    @Override
    public Page<Student> students(Caller caller, String cohortId, int page, int size) {
        Page.check(page, size);
        CohortId cohort = null;
        if (cohortId != null && !cohortId.isBlank()) cohort = school.cohort(caller, new CohortId(cohortId)).id();
        if (caller.role() == Caller.Role.TUTOR) {
            // a tutor lists only the students placed with them (in any period)
            String me = caller.subject().trim().toLowerCase(Locale.ROOT);
            return new Page<>(listStudents.listStudentsOfTutor(caller.uai(), me, cohort, page * size, size), page, size,
                    listStudents.countStudentsOfTutor(caller.uai(), me, cohort));
        }
        return new Page<>(listStudents.listStudents(caller.uai(), cohort, page * size, size), page, size,
                listStudents.countStudents(caller.uai(), cohort));
    }

    // ---- placements ----

    @Override
    public Versioned<Placement> setPlacement(ManagePlacementsUseCase.Command c) {
        SchoolContext.requireRole(c.caller(), Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION, Caller.Role.TEACHER);
        Student s = school.visibleStudent(c.caller(), c.studentId());
        PeriodCode period = PeriodCode.parse("period", c.period());
        Cohort cohort = school.cohort(c.caller(), s.cohortId());
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
                throw stale("placement", c.expectedVersion(), versions.placementVersions(c.caller().uai(), s.id()).getOrDefault(period, -1L));
            }
            return new Versioned<>(p, versions.placementVersions(c.caller().uai(), s.id()).get(period));
        });
    }

    @Override
    public List<Versioned<Placement>> placements(Caller caller, String studentId) {
        Student s = school.visibleStudent(caller, studentId);
        Map<PeriodCode, Long> v = versions.placementVersions(caller.uai(), s.id());
        return loadPlacements.loadPlacementsOfStudent(caller.uai(), s.id()).stream()
                .map(p -> new Versioned<>(p, v.getOrDefault(p.period(), 0L))).toList();
    }

    @Override
    public Versioned<Placement> placement(Caller caller, String studentId, String period) {
        PeriodCode code = PeriodCode.parse("period", period);
        return placements(caller, studentId).stream().filter(p -> p.value().period() == code).findFirst()
                .orElseThrow(() -> new NotFoundException("placement-not-found", "placement", studentId + " " + code));
    }

    // ---- history ----

    @Override
    public List<Evaluation> history(Caller caller, String studentId, String competency) {
        Student s = school.visibleStudent(caller, studentId);
        return evaluations.loadEvaluationsOfStudent(caller.uai(), s.id()).stream()
                .filter(e -> competency == null || competency.isBlank() || e.competencyCode().equals(competency.trim()))
                .sorted(Evaluation.CHRONOLOGICAL)
                .toList();
    }

}
