package fr.agora.application.service.readiness;

import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.service.assessment.AssessmentLookups;
import fr.agora.application.service.shared.Roles;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.readiness.ConfigureReadinessGridUseCase;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.port.out.readiness.LoadReadinessGridPort;
import fr.agora.application.port.out.readiness.SaveReadinessGridPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.readiness.ReadinessGrid;
import fr.agora.domain.assessment.ScaleLevel;
import fr.agora.domain.shared.InvalidInputException;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Versioned CCF grids: each revision appends version + 1; a concurrent revision loses with a conflict (409). */
public final class ConfigureReadinessGridService implements ConfigureReadinessGridUseCase {

    private final LoadScalePort scales;
    private final LoadFrameworkPort frameworks;
    private final LoadReadinessGridPort load;
    private final SaveReadinessGridPort save;
    private final TransactionPort tx;

    public ConfigureReadinessGridService(LoadScalePort scales, LoadFrameworkPort frameworks, LoadReadinessGridPort load,
                                         SaveReadinessGridPort save, TransactionPort tx) {
        this.scales = scales;
        this.frameworks = frameworks;
        this.load = load;
        this.save = save;
        this.tx = tx;
    }

    @Override
    public ReadinessGrid reviseGrid(Command c) {
        Roles.require(c.caller(), Caller.Role.SCHOOL_ADMIN);
        String unit = c.unitCode().trim().toUpperCase(Locale.ROOT);
        CompetencyFramework fw = frameworks.loadFramework(c.referentielId().trim(), c.referentielVersion().trim()).orElseThrow(() ->
                new InvalidInputException("unknown-referentiel", "referentielVersion", "référentiel " + c.referentielId() + " version "
                        + c.referentielVersion() + " is not published", Map.of("value", c.referentielId() + " " + c.referentielVersion())));
        for (ScaleLevel level : AssessmentLookups.scales(scales, c.caller()).current().countingLevels()) {
            if (c.pointsPerLevel() == null || !c.pointsPerLevel().containsKey(level.code())) {
                throw new InvalidInputException("pointsPerLevel." + level.code(), "the grid must give points to level " + level.code()
                        + " of the current scale");
            }
        }
        return tx.inTransaction(() -> {
            int version = load.loadCurrentGrid(c.caller().uai(), unit).map(g -> g.version() + 1).orElse(1);
            ReadinessGrid grid = new ReadinessGrid("grid-" + unit, version, unit, c.weights(), c.pointsPerLevel(), c.roundingStep(),
                    RoundingMode.HALF_UP);
            grid.checkAgainst(fw);
            save.saveGrid(c.caller().uai(), grid);
            return grid;
        });
    }

    @Override
    public Optional<ReadinessGrid> currentGrid(Caller caller, String unitCode) {
        Roles.require(caller, Caller.Role.SCHOOL_ADMIN, Caller.Role.TEACHER);
        return load.loadCurrentGrid(caller.uai(), unitCode.trim().toUpperCase(Locale.ROOT));
    }
}
