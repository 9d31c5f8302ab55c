package fr.agora.domain.bank;

import fr.agora.domain.shared.InvalidInputException;
import java.util.Map;

/** Two items of the same list carry the same id; {@code field} names the second one, e.g. {@code bookEntries[3].id}. */
public class DuplicateIdException extends InvalidInputException {
    public DuplicateIdException(String field, String id) {
        super("duplicate-id", field, "duplicate id '" + id + "'", Map.of("id", id));
    }
}
