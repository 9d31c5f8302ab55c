package fr.agora.domain.referentiel;

import java.util.List;

/**
 * Where two seeds disagree. Both versions are kept in the data; this entry says what differs ({@code subject}, e.g.
 * a competency or situation code) and quotes each version with its source.
 */
public record Discrepancy(String id, String subject, String description, List<Version> versions) {

    public record Version(String text, Source source) {
        public Version {
            text = Checks.text(text, "discrepancy.version.text");
            Checks.required(source, "discrepancy.version.source");
        }
    }

    public Discrepancy {
        id = Checks.text(id, "discrepancy.id");
        subject = Checks.text(subject, "discrepancy.subject");
        description = Checks.text(description, "discrepancy.description");
        versions = Checks.list(versions, "discrepancy.versions");
        if (versions.size() < 2) {
            throw new fr.agora.domain.shared.InvalidInputException("discrepancy.versions",
                    "a discrepancy needs at least two versions");
        }
    }
}
