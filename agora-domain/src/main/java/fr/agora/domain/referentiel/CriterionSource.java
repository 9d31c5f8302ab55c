package fr.agora.domain.referentiel;

/** Which document a critère d'évaluation comes from; its letter is part of the criterion's stable id. */
public enum CriterionSource {
    /** Matrice de situations (seed 000) or generic matrix of bloc 3 (seed 004). */
    MATRICE('M'),
    /** Grille de suivi PFMP P1–P6 (seed 003). */
    PFMP_GRID('G');

    private final char letter;

    CriterionSource(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }
}
