package fr.agora.application.port.out.assessment;

import fr.agora.domain.assessment.CompetencyFramework;
import java.util.Optional;

/** Reads a référentiel version as what evaluation needs of it. */
public interface LoadFrameworkPort {
    Optional<CompetencyFramework> loadFramework(String referentielId, String version);
}
