package fr.agora.domain.lettrage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of one third-party account with their letters. A lettered line is immutable: it can be neither
 * replaced nor lettered again until its group is unlettered explicitly.
 */
public final class ThirdPartyLedger {
    private final Map<String, LettrageLine> lines = new LinkedHashMap<>();
    private final Map<String, String> letterOf = new HashMap<>();

    public void put(LettrageLine line) {
        String l = letterOf.get(line.id());
        if (l != null) {
            throw new LetteredLineException(line.id(), l);
        }
        lines.put(line.id(), line);
    }

    public void apply(LettrageResult result) {
        for (LetterGroup g : result.groups()) {
            for (String id : g.lineIds()) {
                String l = letterOf.get(id);
                if (l != null) {
                    throw new LetteredLineException(id, l);
                }
            }
        }
        for (LetterGroup g : result.groups()) {
            g.lineIds().forEach(id -> letterOf.put(id, g.letter()));
        }
    }

    /** Explicit unlettering: the lines of the group become open again; returns their ids. */
    public List<String> unletter(String letter) {
        List<String> ids = new ArrayList<>();
        letterOf.entrySet().removeIf(e -> {
            if (e.getValue().equals(letter)) {
                ids.add(e.getKey());
                return true;
            }
            return false;
        });
        return ids;
    }

    public String letterOf(String lineId) {
        return letterOf.get(lineId);
    }

    /** Lines not lettered, in insertion order. */
    public List<LettrageLine> openLines() {
        return lines.values().stream().filter(l -> !letterOf.containsKey(l.id())).toList();
    }
}
