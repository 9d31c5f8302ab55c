package fr.agora.application.service.school;

import fr.agora.application.service.support.EvaluationWorld;
import static fr.agora.application.service.support.EvaluationWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.assessment.ConfigureScaleUseCase;
import fr.agora.application.port.in.assessment.GetAggregatedStateUseCase;
import fr.agora.application.port.in.school.ImportStudentsUseCase;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.Command;
import fr.agora.application.port.in.school.StudentPrivacyUseCase;
import fr.agora.application.port.out.shared.AuditPort;
import fr.agora.domain.shared.ConflictException;
import fr.agora.domain.shared.ForbiddenException;
import fr.agora.domain.assessment.EvaluationScale;
import fr.agora.domain.assessment.ScaleLevel;
import fr.agora.domain.school.StudentRoster;
import fr.agora.domain.shared.InvalidFileException;
import fr.agora.domain.school.Student;
import fr.agora.domain.shared.NotFoundException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchoolAdministrationServicesTest {

    private final EvaluationWorld w = new EvaluationWorld();

    @Test
    void siecle_import_creates_then_changes_nothing_on_a_second_run() {
        // the extract INE;NOM;PRENOM;DIVISION with two lines, as the REST adapter reads it
        List<StudentRoster.Line> csv = List.of(new StudentRoster.Line(2, "123456789AB", "DUPONT", "Alice", "2NDE AGORA 1"),
                new StudentRoster.Line(3, "1234567890C", "LEROY", "Inès", "2NDE AGORA 1"));
        ImportStudentsUseCase.Result r = w.importStudents.importStudents(new ImportStudentsUseCase.Command(ADMIN_A, "cohort-a", csv, List.of()));
        // Alice already exists with that INE and those names: unchanged; Inès is new
        assertThat(r).isEqualTo(new ImportStudentsUseCase.Result(1, 0, 1));
        assertThat(w.importStudents.importStudents(new ImportStudentsUseCase.Command(ADMIN_A, "cohort-a", csv, List.of())))
                .isEqualTo(new ImportStudentsUseCase.Result(0, 0, 2));
        assertThat(w.store.students()).hasSize(4);
        // a name change is an update of the same pseudonymous id
        List<StudentRoster.Line> renamed = List.of(new StudentRoster.Line(2, "123456789AB", "DUPONT-MOREL", "Alice", "2NDE AGORA 1"));
        assertThat(w.importStudents.importStudents(new ImportStudentsUseCase.Command(ADMIN_A, "cohort-a", renamed, List.of())).updated()).isEqualTo(1);
        assertThat(w.store.students().get(ALICE).lastName()).isEqualTo("DUPONT-MOREL");
    }

    @Test
    void a_file_with_errors_imports_nothing_and_reports_each_line() {
        List<StudentRoster.Line> csv = List.of(new StudentRoster.Line(2, "1234567890C", "LEROY", "Inès", "2A"),
                new StudentRoster.Line(3, "XX", "BAD", "Line", "2A"));
        assertThatThrownBy(() -> w.importStudents.importStudents(new ImportStudentsUseCase.Command(ADMIN_A, "cohort-a", csv, List.of())))
                .isInstanceOf(InvalidFileException.class)
                .satisfies(e -> assertThat(((InvalidFileException) e).details().get("errors").toString()).contains("line=3"));
        assertThat(w.store.students()).hasSize(3);
        assertThatThrownBy(() -> w.importStudents.importStudents(new ImportStudentsUseCase.Command(ADMIN_B, "cohort-a", csv, List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> w.importStudents.importStudents(new ImportStudentsUseCase.Command(TEACHER_A, "cohort-a", csv, List.of())))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void revising_the_scale_keeps_the_meaning_of_past_evaluations() {
        w.record.record(new Command(ENT_A, "before", List.of(input(ALICE, "1.1.1", "P1", "2025-01-10", "3")))); // v1: 66.67
        EvaluationScale v2 = w.scales.reviseScale(new ConfigureScaleUseCase.Command(ADMIN_A, 1, List.of(
                ScaleLevel.counting("NA", "non acquis", "0"), ScaleLevel.counting("A", "acquis", "100"), ScaleLevel.nonCounting("ABS", "absent")),
                new BigDecimal("50")));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(w.scales.currentScale(ADMIN_A)).isEqualTo(v2);
        w.record.record(new Command(ENT_A, "after", List.of(input(ALICE, "1.1.1", "P2", "2025-07-10", "A")))); // v2: 100
        assertThat(w.store.evaluations()).extracting(e -> e.scaleVersion()).containsExactly(1, 2);
        // "3" no longer exists in v2 but the old evaluation is still read as 66.67 in v1; mean = 83.335 → 83.34 → "A"
        var s = w.aggregatedState.aggregatedState(new GetAggregatedStateUseCase.Query(TEACHER_A, "alice", "1.1.1",
                fr.agora.domain.assessment.AggregationPolicy.mean()));
        assertThat(s.score()).isEqualByComparingTo("83.34");
        assertThat(s.levelCode()).isEqualTo("A");
        assertThatThrownBy(() -> w.scales.reviseScale(new ConfigureScaleUseCase.Command(ADMIN_A, 1, v2.levels(), BigDecimal.TEN)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> w.scales.reviseScale(new ConfigureScaleUseCase.Command(TEACHER_A, 2, v2.levels(), BigDecimal.TEN)))
                .isInstanceOf(ForbiddenException.class);
        // school B is untouched
        assertThat(w.scales.currentScale(ADMIN_B).version()).isEqualTo(1);
    }

    @Test
    void export_erase_and_purge() {
        w.record.record(new Command(ENT_A, "k", List.of(input(ALICE, "1.1.1", "P1", "2025-01-10", "3"))));
        StudentPrivacyUseCase.StudentExport x = w.privacy.export(ADMIN_A, "alice");
        assertThat(x.student().lastName()).isEqualTo("DUPONT");
        assertThat(x.placements()).hasSize(2);
        assertThat(x.evaluations()).hasSize(1);
        assertThatThrownBy(() -> w.privacy.export(ADMIN_B, "alice")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> w.privacy.erase(TEACHER_A, "alice")).isInstanceOf(ForbiddenException.class);

        w.privacy.erase(ADMIN_A, "alice");
        assertThat(w.store.students()).doesNotContainKey(ALICE);
        assertThat(w.store.evaluations()).isEmpty();
        assertThat(w.store.placements()).noneMatch(p -> p.studentId().equals(ALICE));
        AuditPort.AuditRecord audit = w.store.auditRecords().get(0);
        assertThat(audit.action()).isEqualTo("STUDENT_ERASED");
        assertThat(audit.toString()).doesNotContain("alice", "DUPONT", "Alice", "123456789AB");

        // both cohorts sit the exam in 2027: in 2030 with N = 3 nothing is purged (2030 − 2027 = 3, not > 3); in 2031 all
        assertThat(w.privacy.purgeEndedSessions(2030, 3)).isZero();
        assertThat(w.privacy.purgeEndedSessions(2031, 3)).isEqualTo(2);
        assertThat(w.store.students()).isEmpty();
        assertThat(w.store.auditRecords()).extracting(AuditPort.AuditRecord::action).containsExactly("STUDENT_ERASED", "STUDENTS_PURGED", "STUDENTS_PURGED");
        assertThat(w.store.auditRecords()).extracting(AuditPort.AuditRecord::count).containsExactly(1, 1, 1);
    }

    @Test
    void students_only_hold_what_is_needed() {
        assertThat(Student.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("id", "uai", "cohortId", "ine", "lastName", "firstName");
    }
}
