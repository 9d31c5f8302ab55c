package fr.agora.application.port.out.referentiel;

import java.util.Objects;

/**
 * What the database keeps of one référentiel version: its identity, its canonical content (the versioned data file,
 * byte for byte, so the domain can reload it) and the checksum of that content. Nothing else: the content is the one
 * source of the competencies and items (the framework assessment needs is built from it by the domain).
 */
public record ReferentielSnapshot(String id, String version, String title, String checksum, String content) {

    public ReferentielSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(content, "content");
    }
}
