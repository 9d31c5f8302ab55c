package fr.agora.application.service.school;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationId;
import fr.agora.domain.assessment.EvaluatorRole;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.Placement;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What one caller may see of one student — the one place the tutor rule of reading lives (docs/access.md).
 *
 * <p>School staff and ENT clients see everything. A TUTOR caller (an API key or token of role TUTOR, or a tutor
 * link) sees only the periods of the placements that name them (their e-mail, trimmed and lower-cased like
 * {@link Placement#tutorEmail()}), and of those periods' evaluations only the comments a tutor wrote: a comment is a
 * tutor's when its record is a {@code TUTEUR} evaluation and the text was not rewritten by someone else (a teacher's
 * correction that changes the comment makes it teacher-only; a validation, which copies the record, keeps it).
 * Everything a tutor is shown — history, state, coverage, grid, attestation, placements — is computed from what this
 * view lets through, so counts and aggregates reveal nothing of the other periods.
 */
public final class TutorView {

    private static final TutorView EVERYTHING = new TutorView(null);

    /** The periods a tutor may see; {@code null} for a caller who sees every period. */
    private final Set<PeriodCode> periods;

    private TutorView(Set<PeriodCode> periods) {
        this.periods = periods;
    }

    /** The view of a caller over a student given that student's placements (read only for a tutor). */
    public static TutorView of(Caller caller, Collection<Placement> placementsOfStudent) {
        if (caller.role() != Caller.Role.TUTOR) return EVERYTHING;
        String me = tutorKey(caller.subject());
        Set<PeriodCode> mine = EnumSet.noneOf(PeriodCode.class);
        for (Placement p : placementsOfStudent) if (p.tutorEmail().equals(me)) mine.add(p.period());
        return new TutorView(mine);
    }

    /** The view of a caller who sees every period and every comment. */
    public static TutorView everything() {
        return EVERYTHING;
    }

    /** How a tutor's e-mail is compared with a placement's: trimmed and lower-cased. */
    public static String tutorKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public boolean restricted() {
        return periods != null;
    }

    /** Whether a tutor is placed with the student at all (always true for an unrestricted view). */
    public boolean seesAnything() {
        return periods == null || !periods.isEmpty();
    }

    public boolean sees(PeriodCode period) {
        return periods == null || periods.contains(period);
    }

    /** The columns a grid or coverage shows: the planned periods, or for a tutor their own periods (P1 … P6 order). */
    public List<PeriodCode> columns(List<PeriodCode> planned) {
        if (periods == null) return planned;
        return periods.stream().sorted().toList();
    }

    /** The items of the visible periods, in their order. */
    public <T> List<T> inVisiblePeriods(Collection<T> items, Function<T, PeriodCode> period) {
        if (periods == null) return List.copyOf(items);
        return items.stream().filter(i -> periods.contains(period.apply(i))).toList();
    }

    public List<Placement> placements(Collection<Placement> placements) {
        return inVisiblePeriods(placements, Placement::period);
    }

    /**
     * The records of a student's history (superseded ones included, as stored) this caller may read: for a tutor,
     * those of their periods, each without its comment unless a tutor wrote it. Chains of corrections never cross
     * periods (a correction keeps its record's period), so the effective records of the result are the effective
     * records of the whole history that fall in the visible periods.
     */
    public List<Evaluation> evaluations(List<Evaluation> history) {
        if (periods == null) return history;
        Map<EvaluationId, Evaluation> byId = new HashMap<>();
        for (Evaluation e : history) byId.put(e.id(), e);
        return history.stream().filter(e -> periods.contains(e.period()))
                .map(e -> commentWrittenByTutor(e, byId) ? e : e.withoutComment()).toList();
    }

    /**
     * Whether the comment of {@code e} (if any) is a tutor's: walking back the chain of corrections while the text
     * is unchanged finds the record that wrote it; that text is a tutor's when the chain is a TUTEUR evaluation and
     * the writer is its first record or a correction the tutor made themselves (recorded under the evaluator's e-mail).
     */
    static boolean commentWrittenByTutor(Evaluation e, Map<EvaluationId, Evaluation> byId) {
        if (e.comment() == null) return true;
        if (e.evaluatorRole() != EvaluatorRole.TUTEUR) return false;
        Evaluation writer = e;
        for (int steps = 0; writer.supersedes() != null && steps <= byId.size(); steps++) {
            Evaluation previous = byId.get(writer.supersedes());
            if (previous == null || !Objects.equals(previous.comment(), writer.comment())) break;
            writer = previous;
        }
        return writer.supersedes() == null || tutorKey(writer.recordedBy()).equals(tutorKey(writer.evaluatorId()));
    }
}
