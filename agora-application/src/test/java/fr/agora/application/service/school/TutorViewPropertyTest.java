package fr.agora.application.service.school;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationHistory;
import fr.agora.domain.assessment.EvaluationId;
import fr.agora.domain.assessment.EvaluatorRole;
import fr.agora.domain.school.OrganisationKind;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The tutor's view over random histories (seeded, so a failure replays): records by tutors, teachers and the jury in
 * P1–P4, corrections by the tutor or a teacher keeping, rewriting or dropping the comment, and validations. Whether a
 * text is a tutor's is tracked while the history is generated (who typed it), independently of the rule's code; the
 * view must let through exactly the tutor's periods, show exactly the tutors' texts, and give the same effective
 * records as the whole history restricted to those periods.
 */
class TutorViewPropertyTest {

    private static final Uai UAI = Uai.of("0691234A");
    private static final StudentId STUDENT = StudentId.of("carla");
    private static final String TEACHER = "prof@lycee-a.fr";

    /** A generated history and, per record id, whether its comment was typed by a tutor (absent when no comment). */
    private record World(List<Placement> placements, List<Evaluation> history, Map<EvaluationId, Boolean> tutorTyped) {
    }

    private static World generate(Random rnd) {
        List<Placement> placements = new ArrayList<>();
        Map<PeriodCode, String> tutorOf = new HashMap<>();
        for (PeriodCode p : List.of(PeriodCode.P1, PeriodCode.P2, PeriodCode.P3, PeriodCode.P4)) {
            String tutor = rnd.nextBoolean() ? "a@host.fr" : "b@host.fr";
            tutorOf.put(p, tutor);
            placements.add(new Placement(STUDENT, p, "Hôte", OrganisationKind.ENTREPRISE, "T", tutor));
        }
        List<Evaluation> history = new ArrayList<>();
        List<Evaluation> open = new ArrayList<>(); // not yet superseded
        Map<EvaluationId, Boolean> typed = new HashMap<>();
        Instant t = Instant.parse("2025-01-01T08:00:00Z");
        int n = 5 + rnd.nextInt(40);
        for (int i = 0; i < n; i++) {
            t = t.plusSeconds(60);
            EvaluationId id = new EvaluationId("e" + i);
            Evaluation made;
            boolean byTutor;
            if (open.isEmpty() || rnd.nextInt(3) == 0) {
                PeriodCode p = PeriodCode.values()[rnd.nextInt(4)];
                EvaluatorRole role = EvaluatorRole.values()[rnd.nextInt(3)];
                String evaluator = role == EvaluatorRole.TUTEUR ? tutorOf.get(p) : TEACHER;
                // a TUTEUR record keyed in by an ENT relaying the tutor's form is still the tutor's text
                String recorder = role == EvaluatorRole.TUTEUR && rnd.nextBoolean() ? "ent-client" : evaluator;
                made = new Evaluation(id, STUDENT, "1.1.1", null, p, LocalDate.of(2025, 1, 1).plusDays(i), "3", 1, evaluator, role,
                        Set.of(), Set.of(), rnd.nextInt(4) == 0 ? null : "texte " + i, null, null, recorder, t, null);
                byTutor = role == EvaluatorRole.TUTEUR;
            } else {
                Evaluation old = open.remove(rnd.nextInt(open.size()));
                int kind = rnd.nextInt(4);
                if (kind == 0) {
                    made = old.validatedBy(id, TEACHER, t);
                    byTutor = Boolean.TRUE.equals(typed.get(old.id()));
                } else {
                    boolean tutorFixes = old.evaluatorRole() == EvaluatorRole.TUTEUR && rnd.nextBoolean();
                    String who = tutorFixes ? old.evaluatorId().toUpperCase() : TEACHER;
                    String comment = switch (kind) {
                        case 1 -> old.comment();
                        case 2 -> "réécrit " + i;
                        default -> null;
                    };
                    made = old.correctedBy(id, "2", old.date(), comment, who, t);
                    byTutor = kind == 1 ? Boolean.TRUE.equals(typed.get(old.id())) : tutorFixes;
                }
            }
            history.add(made);
            open.add(made);
            if (made.comment() != null) typed.put(id, byTutor);
        }
        return new World(placements, history, typed);
    }

    @Test
    void a_tutor_sees_exactly_their_periods_and_their_fellow_tutors_texts() {
        int checked = 0;
        for (long seed = 1; seed <= 300; seed++) {
            World w = generate(new Random(seed));
            for (String tutor : List.of("a@host.fr", "B@Host.fr ")) {
                TutorView view = TutorView.of(new Caller(UAI, Caller.Role.TUTOR, tutor), w.placements());
                Set<PeriodCode> mine = w.placements().stream().filter(p -> p.tutorEmail().equals(tutor.trim().toLowerCase()))
                        .map(Placement::period).collect(Collectors.toSet());
                List<Evaluation> seen = view.evaluations(w.history());

                assertThat(seen).as("seed " + seed).extracting(Evaluation::id)
                        .containsExactlyElementsOf(w.history().stream().filter(e -> mine.contains(e.period())).map(Evaluation::id).toList());
                Map<EvaluationId, Evaluation> original = w.history().stream().collect(Collectors.toMap(Evaluation::id, e -> e));
                for (Evaluation e : seen) {
                    Evaluation o = original.get(e.id());
                    String expected = Boolean.TRUE.equals(w.tutorTyped().get(e.id())) ? o.comment() : null;
                    assertThat(e.comment()).as("seed " + seed + " " + e.id()).isEqualTo(expected);
                    assertThat(e.withoutComment()).isEqualTo(o.withoutComment());
                }
                Set<EvaluationId> effectiveSeen = EvaluationHistory.of(STUDENT, seen).effective().stream().map(Evaluation::id).collect(Collectors.toSet());
                Set<EvaluationId> effectiveAll = EvaluationHistory.of(STUDENT, w.history()).effective().stream()
                        .filter(e -> mine.contains(e.period())).map(Evaluation::id).collect(Collectors.toSet());
                assertThat(effectiveSeen).as("seed " + seed).isEqualTo(effectiveAll);
                checked += seen.size();
            }
            TutorView staff = TutorView.of(new Caller(UAI, Caller.Role.TEACHER, TEACHER), w.placements());
            assertThat(staff.evaluations(w.history())).isSameAs(w.history());
        }
        assertThat(checked).as("records checked").isGreaterThan(1000);
    }
}
