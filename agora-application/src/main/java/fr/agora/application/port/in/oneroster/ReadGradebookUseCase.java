package fr.agora.application.port.in.oneroster;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.interop.oneroster.Gradebook;

/**
 * The caller's school's PFMP results as a OneRoster 1.2 gradebook (categories, line items, results); for the school's
 * servers and staff (ENT, admin, teachers), not for tutors, who see only the students placed with them.
 */
public interface ReadGradebookUseCase {

    Gradebook gradebook(Caller caller);
}
