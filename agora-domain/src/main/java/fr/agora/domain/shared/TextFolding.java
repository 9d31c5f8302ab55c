package fr.agora.domain.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent- and case-insensitive text matching, as French users search: {@code tresorerie} finds <i>trésorerie</i>,
 * {@code OEUVRE} finds <i>œuvre</i>. Folding decomposes (NFKD), drops combining marks, expands the ligatures
 * œ/æ, lower-cases with the root locale and collapses whitespace and typographic apostrophes.
 */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .replace('’', '\'').replace('\u00a0', ' ').replace('\u202f', ' ');
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** True when every word of the query appears (folded) in the text. */
    public static boolean containsAllWords(String foldedText, String query) {
        String q = fold(query);
        if (q.isEmpty()) {
            return true;
        }
        for (String word : q.split(" ")) {
            if (!foldedText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
