package fr.agora.domain.pfmp;

import fr.agora.domain.shared.RuleViolationException;
import java.util.List;
import java.util.Map;

/**
 * The number of PFMP weeks a Bac pro candidate under school status must have done over the cycle, and the range per
 * year, as a table dated by the exam session it applies to.
 *
 * @param fromSession first exam session the row applies to
 * @param requiredWeeks weeks over the three years required to sit the exam
 * @param weeksPerYear allowed range per year of the cycle, empty when the text sets none
 * @param source the regulation
 */
public record PfmpWeeksRequirement(int fromSession, int requiredWeeks, Map<CycleYear, WeeksRange> weeksPerYear, String source) {

    /** Weeks of mandatory PFMP allowed in one year of the cycle. */
    public record WeeksRange(int min, int max) {
    }

    /** Newest first. */
    public static final List<PfmpWeeksRequirement> TABLE = List.of(
            new PfmpWeeksRequirement(2025, 20, Map.of(CycleYear.SECONDE, new WeeksRange(4, 6), CycleYear.PREMIERE, new WeeksRange(6, 8),
                    CycleYear.TERMINALE, new WeeksRange(6, 6)),
                    "Arrêté du 21 novembre 2018 modifié par l'arrêté du 22 janvier 2024 (rentrée 2024 : seconde 4 à 6 semaines, "
                            + "première 6 à 8, terminale 6 semaines obligatoires en tronc commun, + 6 semaines facultatives du parcours "
                            + "d'insertion) ; décret n° 2024-542 du 13 juin 2024 et ses arrêtés : 20 semaines exigées pour l'examen "
                            + "(au lieu de 22), seules les PFMP obligatoires comptant"),
            new PfmpWeeksRequirement(2000, 22, Map.of(),
                    "Arrêté du 21 novembre 2018 relatif à l'organisation et aux enseignements dispensés dans les formations sous "
                            + "statut scolaire préparant au baccalauréat professionnel : 22 semaines de PFMP sur le cycle de trois ans"));

    /** The row of that exam session. */
    public static PfmpWeeksRequirement forExamSession(int session) {
        return TABLE.stream().filter(r -> r.fromSession() <= session).findFirst()
                .orElseThrow(() -> new RuleViolationException("no-pfmp-requirement", "examSessionYear", "no PFMP requirement known for session " + session));
    }
}
