package fr.agora.domain.lettrage;

import java.util.List;

/** Groups lettered, partial groups, lines left open, and the letter the next group would get. */
public record LettrageResult(String account, List<LetterGroup> groups, List<PartialLettrage> partial,
                             List<String> open, String nextLetter) {
}
