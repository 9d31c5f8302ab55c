package fr.agora.domain.lettrage;

import java.util.List;

/** A complete lettrage group: its lines sum to zero, or to {@code writeOff.groupBalance()} (no write-off when exact). */
public record LetterGroup(String letter, List<String> lineIds, WriteOff writeOff) {
    public LetterGroup {
        lineIds = List.copyOf(lineIds);
    }
}
