package fr.agora.application.port.out.referentiel;

import java.time.Instant;

/**
 * A stored référentiel version without its content: what listing the versions needs. The content (~850 kB per
 * version) is read only when one version is asked for, and then kept parsed.
 */
public record StoredVersion(String id, String version, String title, String checksum, Instant loadedAt) {
}
