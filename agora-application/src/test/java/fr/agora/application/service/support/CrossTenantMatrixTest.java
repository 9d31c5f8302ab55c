package fr.agora.application.service.support;

import static fr.agora.application.service.support.EvaluationWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.assessment.CorrectEvaluationUseCase;
import fr.agora.application.port.in.assessment.GetAggregatedStateUseCase;
import fr.agora.application.port.in.coverage.GetCohortCoverageUseCase;
import fr.agora.application.port.in.readiness.GetExamReadinessUseCase;
import fr.agora.application.port.in.coverage.GetStudentCoverageUseCase;
import fr.agora.application.port.in.school.ImportStudentsUseCase;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.Command;
import fr.agora.domain.shared.DomainException;
import fr.agora.domain.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every use case that names a school resource, called by every role of school B on school A's ids: each answers
 * "not found" (or, inside a bulk, "unknown student") exactly as for an id that does not exist, and nothing changes.
 */
class CrossTenantMatrixTest {

    private final EvaluationWorld w = new EvaluationWorld();
    private final String evalId = w.record.record(new Command(ENT_A, "k", List.of(input(ALICE, "1.1.1", "P1", "2025-01-10", "3")))).ids().get(0).value();

    @Test
    void school_b_cannot_reach_anything_of_school_a() {
        Map<String, Consumer<Caller>> ops = new LinkedHashMap<>();
        ops.put("aggregatedState", c -> w.aggregatedState.aggregatedState(new GetAggregatedStateUseCase.Query(c, "alice", "1.1.1", null)));
        ops.put("studentCoverage", c -> w.studentCoverage.studentCoverage(new GetStudentCoverageUseCase.Query(c, "alice", null, null)));
        ops.put("cohortCoverage", c -> w.cohortCoverage.cohortCoverage(new GetCohortCoverageUseCase.Query(c, "cohort-a", null, null)));
        ops.put("examReadiness", c -> w.examReadiness.examReadiness(new GetExamReadinessUseCase.Query(c, "alice", null)));
        ops.put("correct", c -> w.correct.correct(new CorrectEvaluationUseCase.Command(c, "alice", evalId, "4", null, null)));
        ops.put("validate", c -> w.correct.validate(new CorrectEvaluationUseCase.ValidateCommand(c, "alice", evalId)));
        ops.put("importStudents", c -> w.importStudents.importStudents(new ImportStudentsUseCase.Command(c, "cohort-a", List.of(), List.of())));
        ops.put("export", c -> w.privacy.export(c, "alice"));
        ops.put("erase", c -> w.privacy.erase(c, "alice"));
        ops.put("record", c -> w.record.record(new Command(c, "x", List.of(input(ALICE, "1.1.1", "P1", "2025-01-10", "3")))));

        int checked = 0;
        for (Caller.Role role : Caller.Role.values()) {
            Caller b = new Caller(B, role, role == Caller.Role.TUTOR ? "martin@mairie.fr" : "someone@lycee-b.fr");
            for (var op : ops.entrySet()) {
                Throwable t = catchThrowable(() -> op.getValue().accept(b));
                assertThat(t).as(op.getKey() + " as " + role).isInstanceOf(DomainException.class);
                DomainException d = (DomainException) t;
                boolean hidden = d.kind() == DomainException.Kind.NOT_FOUND
                        || (d instanceof InvalidInputException && "unknown-student".equals(d.problemType()))
                        // role checks come first for role-restricted use cases: they reveal nothing about ids
                        || "role-not-allowed".equals(d.problemType());
                assertThat(hidden).as(op.getKey() + " as " + role + ": " + d.problemType()).isTrue();
                checked++;
            }
        }
        assertThat(checked).isEqualTo(40);
        assertThat(w.store.evaluations()).hasSize(1);
        assertThat(w.store.students()).hasSize(3);
    }
}
