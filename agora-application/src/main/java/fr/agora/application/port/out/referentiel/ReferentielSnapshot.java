package fr.agora.application.port.out.referentiel;

import java.util.List;
import java.util.Objects;

/**
 * What the database keeps of one référentiel version: its identity, its canonical content (the versioned data file,
 * byte for byte, so the domain can reload it), the checksum of that content, and the rows that other tables reference
 * (competencies, and the criteria, situations, complexity factors and aléas that evaluations name).
 */
public record ReferentielSnapshot(String id, String version, String title, String checksum, String content,
        List<CompetencyRow> competencies, List<ItemRow> items) {

    public ReferentielSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(content, "content");
        competencies = List.copyOf(competencies);
        items = List.copyOf(items);
    }

    /** A competency, the target of evaluations' foreign keys. */
    public record CompetencyRow(String code, int bloc, String activityCode, String label) {
    }

    /** Anything else an evaluation may name: a criterion, a situation, a complexity factor, an aléa. */
    public record ItemRow(String itemId, ItemKind kind, String competencyCode, String label) {
    }

    public enum ItemKind { CRITERION, SITUATION, COMPLEXITY_FACTOR, ALEA }
}
