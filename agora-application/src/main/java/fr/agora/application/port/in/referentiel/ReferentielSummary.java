package fr.agora.application.port.in.referentiel;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One published version as listed: its identity (id, version, checksum, when it was published) and what identifies
 * the diploma it describes (title, CFD, date of the arrêté), with the sizes of its tree.
 */
public record ReferentielSummary(String id, String version, String title, String cfd, LocalDate arreteDate,
                                 String checksum, Instant publishedAt, int blocs, int activities, int competencies,
                                 int examUnits) {
}
