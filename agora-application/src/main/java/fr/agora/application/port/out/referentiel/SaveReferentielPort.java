package fr.agora.application.port.out.referentiel;

/** Stores a référentiel version once; a stored version is never modified. */
public interface SaveReferentielPort {

    /**
     * Inserts the snapshot and its referenceable rows in one transaction. Callers check first that the id is absent;
     * a concurrent insert of the same id fails on the primary key and leaves nothing half-written.
     */
    void insert(ReferentielSnapshot snapshot);
}
