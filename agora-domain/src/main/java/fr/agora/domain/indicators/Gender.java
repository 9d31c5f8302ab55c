package fr.agora.domain.indicators;

/** As the staff register (registre unique du personnel) and the DSN record it. */
public enum Gender { FEMALE, MALE }
