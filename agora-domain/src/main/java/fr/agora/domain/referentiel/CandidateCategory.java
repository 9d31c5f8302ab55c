package fr.agora.domain.referentiel;

/** The kinds of candidate the règlement d'examen distinguishes; mode and duration depend on it. */
public enum CandidateCategory {
    /** Scolaires (établissements publics ou privés sous contrat), apprentis (CFA ou sections habilités), formation professionnelle continue (établissements publics). */
    SCOLAIRE_APPRENTI_HABILITE,
    /** Formation professionnelle continue en établissement public habilité. */
    FORMATION_CONTINUE_HABILITEE,
    /** Scolaires hors contrat, apprentis non habilités, formation continue privée, enseignement à distance, candidats individuels. */
    AUTRES
}
