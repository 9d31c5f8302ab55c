package fr.agora.domain.shared;

import java.util.Map;

/** The thing named does not exist, or is not visible to the caller (answered the same way, so ids cannot be probed). */
public class NotFoundException extends DomainException {

    public NotFoundException(String problemType, String what, String id) {
        super(Kind.NOT_FOUND, problemType, null, what + " '" + id + "' not found", Map.of("id", id));
    }
}
