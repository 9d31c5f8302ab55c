package fr.agora.domain.school;

import java.util.Collection;
import java.util.Locale;

/** Who may evaluate whom. */
public final class TutorPolicy {

    private TutorPolicy() {
    }

    /**
     * A tutor (identified by the e-mail of the placement) may evaluate a student only for a period in which that
     * student is placed with them. Teachers and jury are not restricted by this rule.
     */
    public static boolean tutorMayEvaluate(String tutorEmail, StudentId student, PeriodCode period, Collection<Placement> placements) {
        if (tutorEmail == null) return false;
        String t = tutorEmail.trim().toLowerCase(Locale.ROOT);
        return placements.stream().anyMatch(p -> p.studentId().equals(student) && p.period() == period && p.tutorEmail().equals(t));
    }
}
