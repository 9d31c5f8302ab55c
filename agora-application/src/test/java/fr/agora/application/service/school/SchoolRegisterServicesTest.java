package fr.agora.application.service.school;

import fr.agora.application.service.assessment.GetEvaluationHistoryService;
import fr.agora.application.service.readiness.ConfigureReadinessGridService;
import fr.agora.application.service.support.EvaluationWorld;
import static fr.agora.application.service.support.EvaluationWorld.ADMIN_A;
import static fr.agora.application.service.support.EvaluationWorld.ADMIN_B;
import static fr.agora.application.service.support.EvaluationWorld.ALICE;
import static fr.agora.application.service.support.EvaluationWorld.COHORT_A;
import static fr.agora.application.service.support.EvaluationWorld.ENT_A;
import static fr.agora.application.service.support.EvaluationWorld.TEACHER_A;
import static fr.agora.application.service.support.EvaluationWorld.TUTOR_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.readiness.ConfigureReadinessGridUseCase;
import fr.agora.application.port.in.school.ManageCohortsUseCase;
import fr.agora.application.port.in.school.ManagePlacementsUseCase;
import fr.agora.application.port.in.school.ManageStudentsUseCase;
import fr.agora.application.port.in.shared.Page;
import fr.agora.application.port.in.shared.Versioned;
import fr.agora.application.port.out.school.ListCohortsPort;
import fr.agora.application.port.out.school.ListStudentsPort;
import fr.agora.application.port.out.school.VersionedWritesPort;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.shared.ConflictException;
import fr.agora.domain.shared.ForbiddenException;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.Placement;
import fr.agora.domain.readiness.ReadinessGrid;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.NotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The management use cases (cohorts, students, placements, history) and CCF grids on the in-memory store. */
class SchoolRegisterServicesTest {

    private final EvaluationWorld w = new EvaluationWorld();
    private final List<Cohort> cohorts = new ArrayList<>();
    private final Map<String, ReadinessGrid> grids = new LinkedHashMap<>();

    private final ListCohortsPort listCohorts = new ListCohortsPort() {
        @Override
        public List<Cohort> listCohorts(Uai uai, int offset, int limit) {
            return cohorts.stream().filter(c -> c.uai().equals(uai)).sorted(Comparator.comparing(Cohort::name)).skip(offset).limit(limit).toList();
        }

        @Override
        public long countCohorts(Uai uai) {
            return cohorts.stream().filter(c -> c.uai().equals(uai)).count();
        }
    };
    private final ListStudentsPort listStudents = new ListStudentsPort() {
        private List<Student> of(Uai uai, CohortId cohort) {
            return w.store.students().values().stream().filter(s -> s.uai().equals(uai) && (cohort == null || s.cohortId().equals(cohort)))
                    .sorted(Comparator.comparing(Student::lastName)).toList();
        }

        @Override
        public List<Student> listStudents(Uai uai, CohortId cohortId, int offset, int limit) {
            return of(uai, cohortId).stream().skip(offset).limit(limit).toList();
        }

        @Override
        public long countStudents(Uai uai, CohortId cohortId) {
            return of(uai, cohortId).size();
        }

        private List<Student> ofTutor(Uai uai, String email, CohortId cohort) {
            return of(uai, cohort).stream().filter(s -> w.store.placements().stream()
                    .anyMatch(p -> p.studentId().equals(s.id()) && p.tutorEmail().equals(email))).toList();
        }

        @Override
        public List<Student> listStudentsOfTutor(Uai uai, String tutorEmail, CohortId cohortId, int offset, int limit) {
            return ofTutor(uai, tutorEmail, cohortId).stream().skip(offset).limit(limit).toList();
        }

        @Override
        public long countStudentsOfTutor(Uai uai, String tutorEmail, CohortId cohortId) {
            return ofTutor(uai, tutorEmail, cohortId).size();
        }
    };
    /** Versions kept beside the in-memory store: every unconditional save increments too, as the JDBC store does. */
    private final Map<String, Long> rowVersions = new LinkedHashMap<>();
    private final VersionedWritesPort versions = new VersionedWritesPort() {
        @Override
        public Optional<Long> cohortVersion(Uai uai, CohortId id) {
            return w.store.loadCohort(uai, id).map(c -> rowVersions.getOrDefault(id.value(), 0L));
        }

        @Override
        public boolean saveCohortIfVersion(Cohort cohort, long expectedVersion) {
            if (cohortVersion(cohort.uai(), cohort.id()).orElse(-1L) != expectedVersion) return false;
            saveCohort(cohort);
            return true;
        }

        @Override
        public Map<PeriodCode, Long> placementVersions(Uai uai, StudentId studentId) {
            Map<PeriodCode, Long> out = new LinkedHashMap<>();
            w.store.loadPlacementsOfStudent(uai, studentId).forEach(p -> out.put(p.period(), rowVersions.getOrDefault(key(p), 0L)));
            return out;
        }

        @Override
        public boolean savePlacementIfVersion(Placement p, long expectedVersion) {
            Long current = placementVersions(w.store.students().get(p.studentId()).uai(), p.studentId()).get(p.period());
            if (current == null || current != expectedVersion) return false;
            savePlacement(p);
            return true;
        }

        @Override
        public Optional<Long> studentVersion(Uai uai, StudentId studentId) {
            return w.store.studentVersion(uai, studentId);
        }

        @Override
        public boolean saveStudentIfVersion(Student student, long expectedVersion) {
            return w.store.saveStudentIfVersion(student, expectedVersion);
        }
    };

    private static String key(Placement p) {
        return p.studentId().value() + "|" + p.period();
    }

    private void saveCohort(Cohort c) {
        boolean existed = cohorts.removeIf(x -> x.id().equals(c.id()));
        cohorts.add(c);
        w.store.add(c);
        if (existed) rowVersions.merge(c.id().value(), 1L, Long::sum);
    }

    private void savePlacement(Placement p) {
        boolean existed = w.store.placements().stream().anyMatch(x -> key(x).equals(key(p)));
        w.store.replacePlacement(p);
        if (existed) rowVersions.merge(key(p), 1L, Long::sum);
    }

    private final ManageCohortsService cohortAdmin = new ManageCohortsService(w.store, w.store, this::saveCohort, listCohorts, versions, w.store);
    private final ManageStudentsService studentAdmin = new ManageStudentsService(w.store, w.store, w.store, listStudents, w.store, versions, w.store);
    private final ManagePlacementsService placementAdmin = new ManagePlacementsService(w.store, w.store, w.store, this::savePlacement, versions, w.store);
    private final GetEvaluationHistoryService historyService = new GetEvaluationHistoryService(w.store, w.store, w.store);
    private final ConfigureReadinessGridService gridService = new ConfigureReadinessGridService(w.store, w.store,
            (uai, unit) -> Optional.ofNullable(grids.get(uai.value() + unit)), (uai, g) -> grids.put(uai.value() + g.unitCode(), g), w.store);

    @Test
    void a_cohort_is_pinned_to_a_published_version_and_listed_by_page_within_its_school() {
        Cohort c = cohortAdmin.createCohort(new ManageCohortsUseCase.CreateCommand(ADMIN_A, " 1re AGOrA ", "bacpro-agora", "test", 2027, List.of()));
        assertThat(c.name()).isEqualTo("1re AGOrA");
        assertThat(cohortAdmin.cohort(TEACHER_A, c.id().value())).isEqualTo(new Versioned<>(c, 0));
        assertThat(cohortAdmin.cohorts(ENT_A, 0, 10)).isEqualTo(new Page<>(List.of(c), 0, 10, 1));
        assertThat(cohortAdmin.cohorts(ADMIN_B, 0, 10).total()).isZero();
        assertThatThrownBy(() -> cohortAdmin.cohort(ADMIN_B, c.id().value())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cohortAdmin.createCohort(new ManageCohortsUseCase.CreateCommand(ADMIN_A, "X", "bacpro-agora", "v9", 2027, List.of())))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("referentielVersion");
        assertThatThrownBy(() -> cohortAdmin.createCohort(new ManageCohortsUseCase.CreateCommand(TEACHER_A, "X", "bacpro-agora", "test", 2027, List.of())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> cohortAdmin.cohorts(TUTOR_A, 0, 10)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> cohortAdmin.cohorts(ADMIN_A, 0, 201)).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("size");
    }

    @Test
    void a_student_is_created_with_a_unique_ine_and_a_tutor_sees_only_placed_students() {
        Student s = studentAdmin.createStudent(new ManageStudentsUseCase.CreateCommand(ENT_A, COHORT_A.value(), "2222222222b", "LEROY", "Inès"));
        assertThat(s.ine().value()).isEqualTo("2222222222B");
        assertThatThrownBy(() -> studentAdmin.createStudent(new ManageStudentsUseCase.CreateCommand(ENT_A, COHORT_A.value(), "123456789AB", "X", "Y")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> studentAdmin.createStudent(new ManageStudentsUseCase.CreateCommand(ADMIN_B, COHORT_A.value(), null, "X", "Y")))
                .isInstanceOf(NotFoundException.class);
        Page<Student> page = studentAdmin.students(TEACHER_A, COHORT_A.value(), 0, 2);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(Student::lastName).containsExactly("DUPONT", "LEROY");
        assertThat(studentAdmin.student(TUTOR_A, ALICE.value()).id()).isEqualTo(ALICE);
        assertThat(studentAdmin.students(TUTOR_A, null, 0, 10).items()).extracting(Student::id).containsExactly(ALICE);
        assertThatThrownBy(() -> studentAdmin.student(TUTOR_A, s.id().value())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_placement_needs_a_planned_period_and_a_known_kind() {
        Student s = studentAdmin.createStudent(new ManageStudentsUseCase.CreateCommand(ADMIN_A, COHORT_A.value(), null, "LEROY", "Inès"));
        Versioned<Placement> p = placementAdmin.setPlacement(new ManagePlacementsUseCase.Command(TEACHER_A, s.id().value(), "p3", "Crédit Mutuel",
                "mutuelle", "Mme Roy", "Roy@CM.fr", null));
        assertThat(p.value().tutorEmail()).isEqualTo("roy@cm.fr");
        assertThat(p.version()).isZero();
        assertThat(placementAdmin.placements(ADMIN_A, s.id().value())).containsExactly(p);
        assertThatThrownBy(() -> placementAdmin.setPlacement(new ManagePlacementsUseCase.Command(ADMIN_A, s.id().value(), "P3", "X", "BANQUE", "T", "t@x.fr", null)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("kind");
        assertThatThrownBy(() -> placementAdmin.setPlacement(new ManagePlacementsUseCase.Command(TUTOR_A, ALICE.value(), "P3", "X", "ENTREPRISE", "T", "t@x.fr", null)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_change_made_on_a_stale_version_is_a_conflict_and_changes_nothing() {
        Student s = studentAdmin.createStudent(new ManageStudentsUseCase.CreateCommand(ADMIN_A, COHORT_A.value(), null, "LEROY", "Inès"));
        placementAdmin.setPlacement(new ManagePlacementsUseCase.Command(ADMIN_A, s.id().value(), "P1", "MAIF", "MUTUELLE", "Mme Roux", "roux@maif.fr", null));
        Versioned<Placement> v1 = placementAdmin.setPlacement(new ManagePlacementsUseCase.Command(ADMIN_A, s.id().value(), "P1", "MACIF", "MUTUELLE",
                "Mme Roux", "roux@maif.fr", 0L));
        assertThat(v1.version()).isEqualTo(1);
        assertThatThrownBy(() -> placementAdmin.setPlacement(new ManagePlacementsUseCase.Command(TEACHER_A, s.id().value(), "P1", "GMF", "MUTUELLE",
                "Mme Roux", "roux@maif.fr", 0L))).isInstanceOf(ConflictException.class).extracting("problemType").isEqualTo("stale-version");
        assertThat(placementAdmin.placement(ADMIN_A, s.id().value(), "P1").value().organisation()).isEqualTo("MACIF");
        assertThatThrownBy(() -> placementAdmin.placement(ADMIN_A, s.id().value(), "P2")).isInstanceOf(NotFoundException.class);

        Cohort c = cohortAdmin.createCohort(new ManageCohortsUseCase.CreateCommand(ADMIN_A, "1re", "bacpro-agora", "test", 2027, List.of()));
        assertThat(cohortAdmin.replacePeriods(ADMIN_A, c.id().value(), List.of(), 0L).version()).isEqualTo(1);
        assertThatThrownBy(() -> cohortAdmin.replacePeriods(ENT_A, c.id().value(), List.of(), 0L)).isInstanceOf(ConflictException.class);
        assertThat(cohortAdmin.replacePeriods(ENT_A, c.id().value(), List.of(), null).version()).isEqualTo(2);
    }

    @Test
    void a_student_edit_is_optimistically_locked_and_a_siecle_import_makes_a_read_version_stale() {
        Student s = studentAdmin.createStudent(new ManageStudentsUseCase.CreateCommand(ADMIN_A, COHORT_A.value(), "2222222222B", "LEROY", "Ines"));
        Versioned<Student> read = studentAdmin.versionedStudent(TEACHER_A, s.id().value());
        assertThat(read).isEqualTo(new Versioned<>(s, 0));

        Versioned<Student> v1 = studentAdmin.updateStudent(new ManageStudentsUseCase.UpdateCommand(ENT_A, s.id().value(), "2222222222B",
                " LEROY ", "Inès", null, 0L));
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.value()).isEqualTo(new Student(s.id(), s.uai(), COHORT_A, s.ine(), "LEROY", "Inès"));

        // stale: a conflict naming the current version, nothing changed
        assertThatThrownBy(() -> studentAdmin.updateStudent(new ManageStudentsUseCase.UpdateCommand(ADMIN_A, s.id().value(), null,
                "MARTIN", "Inès", null, 0L))).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).problemType()).isEqualTo("stale-version"))
                .extracting("details").isEqualTo(Map.of("currentVersion", 1L));
        assertThat(studentAdmin.versionedStudent(ADMIN_A, s.id().value())).isEqualTo(v1);

        // without a version: the last writer wins, and the version still moves
        assertThat(studentAdmin.updateStudent(new ManageStudentsUseCase.UpdateCommand(ADMIN_A, s.id().value(), null, "MARTIN", "Inès", "", null))
                .version()).isEqualTo(2);
        assertThat(w.store.students().get(s.id()).ine()).isNull();

        // a SIECLE import that renames the student bumps the version: the version read before is stale
        Versioned<Student> beforeImport = studentAdmin.versionedStudent(ADMIN_A, ALICE.value());
        w.importStudents.importStudents(new fr.agora.application.port.in.school.ImportStudentsUseCase.Command(ADMIN_A, COHORT_A.value(),
                List.of(new fr.agora.domain.school.StudentRoster.Line(2, beforeImport.value().ine().value(), "DURAND", "Alice", "1re")), List.of()));
        assertThat(studentAdmin.versionedStudent(ADMIN_A, ALICE.value()).version()).isEqualTo(beforeImport.version() + 1);
        assertThatThrownBy(() -> studentAdmin.updateStudent(new ManageStudentsUseCase.UpdateCommand(ADMIN_A, ALICE.value(), null, "X", "Y", null,
                beforeImport.version()))).isInstanceOf(ConflictException.class);
    }

    @Test
    void a_student_edit_is_validated_scoped_to_the_school_and_reserved_to_admins_and_the_ent() {
        String bob = studentAdmin.createStudent(new ManageStudentsUseCase.CreateCommand(ADMIN_A, COHORT_A.value(), "2222222222B", "X", "Y")).id().value();
        assertThatThrownBy(() -> studentAdmin.updateStudent(new ManageStudentsUseCase.UpdateCommand(ADMIN_A, bob, "12", "X", "Y", null, null)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("ine");
        assertThatThrownBy(() -> studentAdmin.updateStudent(new ManageStudentsUseCase.UpdateCommand(ADMIN_A, bob, null, " ", "Y", null, null)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("lastName");
        assertThatThrownBy(() -> studentAdmin.updateStudent(new ManageStudentsUseCase.UpdateCommand(ADMIN_A, bob, null, "X", "Y", "no-such-cohort", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> studentAdmin.updateStudent(new ManageStudentsUseCase.UpdateCommand(ADMIN_A, bob, "123456789AB", "X", "Y", null, null)))
                .isInstanceOf(ConflictException.class).extracting("field").isEqualTo("ine");
        assertThatThrownBy(() -> studentAdmin.updateStudent(new ManageStudentsUseCase.UpdateCommand(TEACHER_A, bob, null, "X", "Y", null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> studentAdmin.updateStudent(new ManageStudentsUseCase.UpdateCommand(TUTOR_A, ALICE.value(), null, "X", "Y", null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> studentAdmin.updateStudent(new ManageStudentsUseCase.UpdateCommand(ADMIN_B, bob, null, "X", "Y", null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(w.store.students().get(StudentId.of(bob))).extracting(Student::lastName).isEqualTo("X");
    }

    @Test
    void the_history_lists_every_record_chronologically_and_filters_by_competency() {
        w.record.record(new fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.Command(ENT_A, "k", List.of(
                EvaluationWorld.input(ALICE, "1.1.2", "P2", "2025-07-10", "2"), EvaluationWorld.input(ALICE, "1.1.1", "P1", "2025-01-10", "3"))));
        assertThat(historyService.history(TEACHER_A, ALICE.value(), null, 0, 20).items()).extracting(e -> e.competencyCode()).containsExactly("1.1.1", "1.1.2");
        assertThat(historyService.history(TEACHER_A, ALICE.value(), "1.1.2", 0, 20).items()).hasSize(1);
        assertThatThrownBy(() -> historyService.history(ADMIN_B, ALICE.value(), null, 0, 20)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_ccf_grid_is_versioned_and_checked_against_the_referentiel_and_the_scale() {
        Map<String, BigDecimal> points = Map.of("1", BigDecimal.ZERO, "2", BigDecimal.ONE, "3", new BigDecimal("2"), "4", new BigDecimal("3"));
        var cmd = new ConfigureReadinessGridUseCase.Command(ADMIN_A, "u31", "bacpro-agora", "test", Map.of("1.1.1", new BigDecimal("2")), points, null);
        assertThat(gridService.reviseGrid(cmd).version()).isEqualTo(1);
        ReadinessGrid v2 = gridService.reviseGrid(cmd);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.unitCode()).isEqualTo("U31");
        assertThat(gridService.currentGrid(TEACHER_A, "U31")).contains(v2);
        assertThat(gridService.currentGrid(ADMIN_B, "U31")).isEmpty();
        assertThatThrownBy(() -> gridService.reviseGrid(new ConfigureReadinessGridUseCase.Command(ADMIN_A, "U31", "bacpro-agora", "test",
                Map.of("2.1.1", BigDecimal.ONE), points, null))).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("weights.2.1.1");
        assertThatThrownBy(() -> gridService.reviseGrid(new ConfigureReadinessGridUseCase.Command(ADMIN_A, "U2", "bacpro-agora", "test",
                Map.of("2.1.1", BigDecimal.ONE), points, null))).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("unit");
        assertThatThrownBy(() -> gridService.reviseGrid(new ConfigureReadinessGridUseCase.Command(ADMIN_A, "U31", "bacpro-agora", "test",
                Map.of("1.1.1", BigDecimal.ONE), Map.of("4", BigDecimal.ONE), null))).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("pointsPerLevel.1");
        assertThatThrownBy(() -> gridService.reviseGrid(new ConfigureReadinessGridUseCase.Command(TEACHER_A, "U31", "bacpro-agora", "test",
                Map.of("1.1.1", BigDecimal.ONE), points, null))).isInstanceOf(ForbiddenException.class);
    }
}
