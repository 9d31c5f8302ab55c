package fr.agora.domain.lettrage;

import fr.agora.domain.shared.DomainException;
import java.util.Map;

/** A lettered line cannot be changed or lettered again; unletter its group first. */
public class LetteredLineException extends DomainException {
    public LetteredLineException(String lineId, String letter) {
        super(Kind.RULE_VIOLATION, "lettered-line-immutable", "lineId",
                "line '" + lineId + "' is lettered " + letter + "; unletter it first", Map.of("id", lineId, "letter", letter));
    }
}
