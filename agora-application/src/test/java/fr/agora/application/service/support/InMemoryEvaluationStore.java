package fr.agora.application.service.support;

import fr.agora.application.port.out.shared.AuditPort;
import fr.agora.application.port.out.school.EraseStudentPort;
import fr.agora.application.port.out.assessment.IdempotencyPort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.readiness.LoadReadinessGridPort;
import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.port.out.assessment.SaveEvaluationsPort;
import fr.agora.application.port.out.assessment.SaveScalePort;
import fr.agora.application.port.out.school.SaveStudentsPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.shared.ConflictException;
import fr.agora.domain.assessment.EvaluationId;
import fr.agora.domain.assessment.EvaluationScale;
import fr.agora.domain.school.Ine;
import fr.agora.domain.school.Placement;
import fr.agora.domain.readiness.ReadinessGrid;
import fr.agora.domain.assessment.ScaleHistory;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An in-memory fake of every evaluation out-port, scoped by UAI like the real store. {@link #inTransaction} keeps a
 * snapshot and restores it when the work throws, so all-or-nothing behaviour is observable in tests.
 */
public final class InMemoryEvaluationStore implements LoadEstablishmentPort, LoadCohortPort, LoadFrameworkPort, LoadStudentPort,
        SaveStudentsPort, EraseStudentPort, LoadPlacementsPort, LoadEvaluationsPort, SaveEvaluationsPort, LoadScalePort,
        SaveScalePort, LoadReadinessGridPort, IdempotencyPort, AuditPort, TransactionPort {

    private static final class State {
        Map<Uai, Establishment> establishments = new HashMap<>();
        Map<CohortId, Cohort> cohorts = new LinkedHashMap<>();
        Map<StudentId, Student> students = new LinkedHashMap<>();
        Map<StudentId, Long> studentVersions = new HashMap<>();
        List<Placement> placements = new ArrayList<>();
        List<Evaluation> evaluations = new ArrayList<>();
        Map<Uai, List<EvaluationScale>> scales = new HashMap<>();
        Map<String, ReadinessGrid> grids = new HashMap<>();
        Map<Scope, Entry> idempotency = new HashMap<>();
        Map<Scope, Set<StudentId>> idempotencyStudents = new HashMap<>();
        List<AuditRecord> audit = new ArrayList<>();

        State copy() {
            State s = new State();
            s.establishments = new HashMap<>(establishments);
            s.cohorts = new LinkedHashMap<>(cohorts);
            s.students = new LinkedHashMap<>(students);
            s.studentVersions = new HashMap<>(studentVersions);
            s.placements = new ArrayList<>(placements);
            s.evaluations = new ArrayList<>(evaluations);
            s.scales = new HashMap<>();
            scales.forEach((k, v) -> s.scales.put(k, new ArrayList<>(v)));
            s.grids = new HashMap<>(grids);
            s.idempotency = new HashMap<>(idempotency);
            s.idempotencyStudents = new HashMap<>(idempotencyStudents);
            s.audit = new ArrayList<>(audit);
            return s;
        }
    }

    private State state = new State();
    private final Map<String, CompetencyFramework> frameworks = new HashMap<>();
    public int transactions;

    // --- set-up helpers -------------------------------------------------------------------------------------
    public void add(Establishment e) { state.establishments.put(e.uai(), e); }
    public void add(Cohort c) { state.cohorts.put(c.id(), c); }
    public void add(Student s) { state.students.put(s.id(), s); }
    public void add(Placement p) { state.placements.add(p); }
    public void replacePlacement(Placement p) {
        state.placements.removeIf(x -> x.studentId().equals(p.studentId()) && x.period() == p.period());
        state.placements.add(p);
    }
    public void add(CompetencyFramework f) { frameworks.put(f.referentielId() + "|" + f.version(), f); }
    public void add(Uai uai, ReadinessGrid g) { state.grids.put(uai.value() + "|" + g.unitCode(), g); }
    public List<Evaluation> evaluations() { return List.copyOf(state.evaluations); }
    public List<AuditRecord> auditRecords() { return List.copyOf(state.audit); }
    public Map<StudentId, Student> students() { return Map.copyOf(state.students); }
    public List<Placement> placements() { return List.copyOf(state.placements); }

    private Uai uaiOf(StudentId id) {
        Student s = state.students.get(id);
        return s == null ? null : s.uai();
    }

    // --- ports ----------------------------------------------------------------------------------------------
    @Override public Optional<Establishment> loadEstablishment(Uai uai) { return Optional.ofNullable(state.establishments.get(uai)); }

    @Override public Optional<Cohort> loadCohort(Uai uai, CohortId id) {
        return Optional.ofNullable(state.cohorts.get(id)).filter(c -> c.uai().equals(uai));
    }

    @Override public List<Cohort> loadCohortsWithSessionUpTo(int year) {
        return state.cohorts.values().stream().filter(c -> c.examSessionYear() <= year).toList();
    }

    @Override public Optional<CompetencyFramework> loadFramework(String id, String version) { return Optional.ofNullable(frameworks.get(id + "|" + version)); }

    @Override public Optional<Student> loadStudent(Uai uai, StudentId id) {
        return Optional.ofNullable(state.students.get(id)).filter(s -> s.uai().equals(uai));
    }

    @Override public List<Student> loadStudentsOfCohort(Uai uai, CohortId cohortId) {
        return state.students.values().stream().filter(s -> s.uai().equals(uai) && s.cohortId().equals(cohortId)).toList();
    }

    @Override public Optional<Student> findStudentByIne(Uai uai, Ine ine) {
        return state.students.values().stream().filter(s -> s.uai().equals(uai) && ine.equals(s.ine())).findFirst();
    }

    /** Every update of an existing student increments its row version, as the JDBC store does. */
    @Override public void saveStudents(List<Student> students) {
        students.forEach(s -> {
            if (state.students.put(s.id(), s) != null) state.studentVersions.merge(s.id(), 1L, Long::sum);
        });
    }

    /** {@code VersionedWritesPort#studentVersion}: 0 for a new row. */
    public Optional<Long> studentVersion(Uai uai, StudentId id) {
        return loadStudent(uai, id).map(s -> state.studentVersions.getOrDefault(id, 0L));
    }

    /** {@code VersionedWritesPort#saveStudentIfVersion}. */
    public boolean saveStudentIfVersion(Student s, long expectedVersion) {
        if (studentVersion(s.uai(), s.id()).orElse(-1L) != expectedVersion) return false;
        saveStudents(List.of(s));
        return true;
    }

    @Override public void eraseStudent(Uai uai, StudentId id) {
        if (!uai.equals(uaiOf(id))) return;
        state.students.remove(id);
        state.placements.removeIf(p -> p.studentId().equals(id));
        state.evaluations.removeIf(e -> e.studentId().equals(id));
        state.idempotencyStudents.entrySet().removeIf(link -> {
            boolean touched = link.getKey().uai().equals(uai) && link.getValue().contains(id);
            if (touched) state.idempotency.remove(link.getKey());
            return touched;
        });
    }

    @Override public List<Placement> loadPlacementsOfStudent(Uai uai, StudentId id) {
        if (!uai.equals(uaiOf(id))) return List.of();
        return state.placements.stream().filter(p -> p.studentId().equals(id)).toList();
    }

    @Override public List<Evaluation> loadEvaluationsOfStudent(Uai uai, StudentId id) {
        if (!uai.equals(uaiOf(id))) return List.of();
        return state.evaluations.stream().filter(e -> e.studentId().equals(id)).toList();
    }

    @Override public Map<StudentId, List<Evaluation>> loadEvaluationsOfCohort(Uai uai, CohortId cohortId) {
        Map<StudentId, List<Evaluation>> out = new HashMap<>();
        for (Evaluation e : state.evaluations) {
            Student s = state.students.get(e.studentId());
            if (s != null && s.uai().equals(uai) && s.cohortId().equals(cohortId)) out.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    @Override public void appendEvaluations(Uai uai, List<Evaluation> evaluations) {
        java.util.Set<EvaluationId> superseded = new java.util.HashSet<>();
        state.evaluations.stream().map(Evaluation::supersedes).filter(Objects::nonNull).forEach(superseded::add);
        for (Evaluation e : evaluations) {
            if (!uai.equals(uaiOf(e.studentId()))) throw new IllegalStateException("student of another school");
            if (e.supersedes() != null && !superseded.add(e.supersedes())) {
                throw new ConflictException("evaluation-already-superseded", "supersedes", "already superseded", Map.of());
            }
        }
        state.evaluations.addAll(evaluations);
    }

    @Override public Optional<ScaleHistory> loadScales(Uai uai) {
        List<EvaluationScale> v = state.scales.get(uai);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(new ScaleHistory(v));
    }

    @Override public void appendScaleVersion(Uai uai, EvaluationScale scale) {
        List<EvaluationScale> v = state.scales.computeIfAbsent(uai, k -> new ArrayList<>());
        if (v.size() + 1 != scale.version()) throw new ConflictException("stale-scale-version", "version", "version exists", Map.of());
        v.add(scale);
    }

    @Override public Optional<ReadinessGrid> loadCurrentGrid(Uai uai, String unitCode) { return Optional.ofNullable(state.grids.get(uai.value() + "|" + unitCode)); }

    @Override public Optional<Entry> find(Scope scope, Instant notBefore) {
        return Optional.ofNullable(state.idempotency.get(scope)).filter(e -> !e.createdAt().isBefore(notBefore));
    }

    @Override public void remember(Scope scope, Entry entry, Set<StudentId> students, Instant notBefore) {
        state.idempotency.entrySet().removeIf(e -> e.getKey().uai().equals(scope.uai()) && e.getKey().clientId().equals(scope.clientId())
                && e.getValue().createdAt().isBefore(notBefore));
        state.idempotencyStudents.keySet().retainAll(state.idempotency.keySet());
        if (state.idempotency.containsKey(scope)) {
            throw new ConflictException("idempotency-key-in-use", "idempotencyKey", "key in use", Map.of());
        }
        state.idempotency.put(scope, entry);
        state.idempotencyStudents.put(scope, Set.copyOf(students));
    }

    @Override public void audit(AuditRecord record) { state.audit.add(record); }

    @Override public <T> T inTransaction(Supplier<T> work) {
        transactions++;
        State before = state.copy();
        try {
            return work.get();
        } catch (RuntimeException e) {
            state = before;
            throw e;
        }
    }
}
