package fr.agora.domain.grid;

import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.Student;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One student's grid as it is printed: the header (school, cohort, student, each period's dates, placement and tutor)
 * and the {@link StudentGrid} laid out as seed 003 ({@link GridLayout}).
 */
public record GridSheet(String schoolName, Cohort cohort, Student student, List<Placement> placements, GridLayout layout,
                        StudentGrid grid) {

    public GridSheet {
        Objects.requireNonNull(schoolName, "schoolName");
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(student, "student");
        placements = List.copyOf(placements);
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(grid, "grid");
    }

    public Optional<Placement> placement(PeriodCode period) {
        return placements.stream().filter(p -> p.period() == period).findFirst();
    }

    public Optional<PfmpPeriod> period(PeriodCode code) {
        return cohort.periods().stream().filter(p -> p.code() == code).findFirst();
    }
}
