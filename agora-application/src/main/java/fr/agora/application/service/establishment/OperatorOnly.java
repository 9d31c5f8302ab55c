package fr.agora.application.service.establishment;

import fr.agora.application.port.in.shared.PlatformOperator;
import fr.agora.application.port.in.shared.Principal;
import fr.agora.domain.shared.ForbiddenException;

/** The check the operator's use cases start with: a school's key, even an admin's, is a 403. */
final class OperatorOnly {

    private OperatorOnly() {
    }

    static PlatformOperator require(Principal principal) {
        if (principal instanceof PlatformOperator operator) {
            return operator;
        }
        throw new ForbiddenException("operator-only", null, "only the platform operator manages establishments");
    }
}
