package fr.agora.application.port.in.referentiel;

/**
 * Publishes the référentiel versions bundled in the domain jar into the store, idempotently: a version already stored
 * with the same checksum is left alone; a version stored under the same id with a different checksum is refused
 * ({@link ReferentielChecksumConflictException}), because a published version is immutable and evaluations point at
 * it — changed data must ship under a new id.
 */
public interface PublishBundledReferentielsUseCase {

    Publication publishBundled();

    /** What a publication did, by version id. */
    record Publication(java.util.List<String> published, java.util.List<String> alreadyPresent) {
        public Publication {
            published = java.util.List.copyOf(published);
            alreadyPresent = java.util.List.copyOf(alreadyPresent);
        }
    }
}
