package fr.agora.domain.assessment;

import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Hand-built frameworks and an evaluation builder for tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static final StudentId ALICE = StudentId.of("s-alice");
    public static final ScaleHistory LSL = ScaleHistory.of(EvaluationScale.lslDefault("lsl"));
    private static final AtomicInteger SEQ = new AtomicInteger();

    /** Three competencies: 1.1.1 and 1.1.2 in bloc 1, 2.1.1 in bloc 2; criteria, complexity factors and aléas. */
    public static CompetencyFramework small() {
        return CompetencyFramework.builder("bacpro-agora", "test")
                .competency("1.1.1", 1, Set.of("1.1.1-a", "1.1.1-b"), Set.of("CF1", "CF2"), Set.of("AL1"))
                .competency("1.1.2", 1, Set.of("1.1.2-a"), Set.of("CF1"), Set.of())
                .competency("1.2.1", 1, Set.of("1.2.1-a"), Set.of(), Set.of())
                .competency("2.1.1", 2, Set.of("2.1.1-a"), Set.of(), Set.of("AL2"))
                .unit("U31", 1, true).unit("U2", 2, false).unit("U32", 3, true)
                .build();
    }

    /** The 37 real competency codes of the Bac Pro AGOrA, one criterion each. */
    public static CompetencyFramework real37() {
        CompetencyFramework.Builder b = CompetencyFramework.builder("bacpro-agora", "2020");
        int[][] shape = {{1, 1, 4}, {1, 2, 4}, {1, 3, 4}, {2, 1, 5}, {2, 2, 6}, {2, 3, 2}, {3, 1, 3}, {3, 2, 5}, {3, 3, 4}};
        for (int[] s : shape) {
            for (int i = 1; i <= s[2]; i++) b.competency(s[0] + "." + s[1] + "." + i, s[0]);
        }
        return b.unit("U31", 1, true).unit("U2", 2, false).unit("U32", 3, true).build();
    }

    public static Evaluation eval(String competency, PeriodCode period, String level, int day) {
        return eval(ALICE, competency, period, level, day);
    }

    public static Evaluation eval(StudentId student, String competency, PeriodCode period, String level, int day) {
        int n = SEQ.incrementAndGet();
        return new Evaluation(new EvaluationId(String.format("e%06d", n)), student, competency, null, period,
                LocalDate.of(2025, 1, 1).plusDays(day), level, 1, "tutor@example.org", EvaluatorRole.TUTEUR,
                Set.of(), Set.of(), null, null, null, "tutor@example.org",
                Instant.parse("2025-01-01T00:00:00Z").plusSeconds(n), null);
    }
}
