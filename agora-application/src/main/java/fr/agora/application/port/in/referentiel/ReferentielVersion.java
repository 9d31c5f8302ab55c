package fr.agora.application.port.in.referentiel;

import java.time.Instant;

/**
 * A published version's identity. The checksum (SHA-256 of the canonical content) changes whenever a single byte of
 * the data does, so it is also the HTTP entity tag of everything derived from the version.
 */
public record ReferentielVersion(String id, String version, String title, String checksum, Instant publishedAt) {
}
