package fr.agora.domain.shared;

import java.util.Map;

/** The caller is authenticated but its role may not do this (403): a tutor configuring the scale, a teacher purging. */
public class ForbiddenException extends DomainException {
    public ForbiddenException(String problemType, String field, String message) {
        super(Kind.FORBIDDEN, problemType, field, message, Map.of());
    }
}
