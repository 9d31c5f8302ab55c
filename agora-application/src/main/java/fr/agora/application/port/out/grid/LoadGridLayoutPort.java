package fr.agora.application.port.out.grid;

import fr.agora.domain.grid.GridLayout;
import java.util.Optional;

/** The seed-003 layout of a published référentiel version; empty when the version is unknown. */
public interface LoadGridLayoutPort {
    Optional<GridLayout> loadGridLayout(String referentielId, String version);
}
