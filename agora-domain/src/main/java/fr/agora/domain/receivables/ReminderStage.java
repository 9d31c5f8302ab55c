package fr.agora.domain.receivables;

/** Where a customer stands in the dunning process (relances). */
public enum ReminderStage {
    NONE, RELANCE_AMIABLE_1, RELANCE_AMIABLE_2, MISE_EN_DEMEURE, CONTENTIEUX
}
