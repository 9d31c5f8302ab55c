package fr.agora.domain.school;

/** The kind of host organisation of a PFMP placement. */
public enum OrganisationKind { ENTREPRISE, ADMINISTRATION, ASSOCIATION, MUTUELLE, COLLECTIVITE }
