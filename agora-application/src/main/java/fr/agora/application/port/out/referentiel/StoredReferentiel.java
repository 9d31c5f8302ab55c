package fr.agora.application.port.out.referentiel;

import java.time.Instant;

/** A référentiel version as stored: identity, checksum and canonical content, and when it was first loaded. */
public record StoredReferentiel(String id, String version, String title, String checksum, String content,
        Instant loadedAt) {
}
