package fr.agora.adapter.in.rest.grid;

import fr.agora.adapter.in.rest.grid.GridDtos.CohortGridResponse;
import fr.agora.adapter.in.rest.grid.GridDtos.GridActivityDto;
import fr.agora.adapter.in.rest.grid.GridDtos.GridCellDto;
import fr.agora.adapter.in.rest.grid.GridDtos.GridCompetencyDto;
import fr.agora.adapter.in.rest.grid.GridDtos.GridCountsDto;
import fr.agora.adapter.in.rest.grid.GridDtos.GridCriterionDto;
import fr.agora.adapter.in.rest.grid.GridDtos.GridPeriodDto;
import fr.agora.adapter.in.rest.grid.GridDtos.GridStudentDto;
import fr.agora.adapter.in.rest.grid.GridDtos.StudentGridResponse;
import fr.agora.domain.grid.CohortGrid;
import fr.agora.domain.grid.GridCell;
import fr.agora.domain.grid.GridLayout;
import fr.agora.domain.grid.GridSheet;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.school.Placement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Domain grid → response DTOs. Written by hand rather than with MapStruct, like the other school features: the layout
 * and the cells are joined (rows from the layout, cells keyed by {@code PeriodCode} → "P1"), which is no field-to-field map.
 */
public final class GridRestMapper {

    private GridRestMapper() {
    }

    public static StudentGridResponse sheet(GridSheet s) {
        List<GridPeriodDto> periods = new ArrayList<>();
        for (PeriodCode p : s.grid().periods()) {
            PfmpPeriod dates = s.period(p).orElse(null);
            Placement placement = s.placement(p).orElse(null);
            periods.add(new GridPeriodDto(p.name(), dates == null ? null : dates.start(), dates == null ? null : dates.end(),
                    dates == null ? null : dates.weeks(), placement == null ? null : placement.organisation(),
                    placement == null ? null : placement.tutorName()));
        }
        List<GridActivityDto> activities = new ArrayList<>();
        for (GridLayout.GridActivity a : s.layout().activities()) {
            List<GridCompetencyDto> cs = new ArrayList<>();
            for (GridLayout.GridCompetency c : a.competencies()) {
                Map<String, GridCellDto> cells = new LinkedHashMap<>();
                for (PeriodCode p : s.grid().periods()) cells.put(p.name(), cell(s.grid().cell(c.code(), p)));
                List<GridCriterionDto> criteria = c.criteria().stream().map(k -> new GridCriterionDto(k.id(), k.text(),
                        s.grid().periodsOfCriterion(c.code(), k.id()).stream().map(Enum::name).toList())).toList();
                cs.add(new GridCompetencyDto(c.code(), c.label(), cells, criteria));
            }
            activities.add(new GridActivityDto(a.code(), a.title(), cs));
        }
        return new StudentGridResponse(s.schoolName(), s.cohort().id().value(), s.cohort().name(),
                new GridStudentDto(s.student().id().value(), s.student().lastName(), s.student().firstName()), periods, activities);
    }

    public static CohortGridResponse cohort(CohortGrid g) {
        Map<String, Map<String, GridCountsDto>> counts = new LinkedHashMap<>();
        g.counts().forEach((code, row) -> {
            Map<String, GridCountsDto> r = new LinkedHashMap<>();
            row.forEach((p, c) -> r.put(p.name(), new GridCountsDto(c.misEnOeuvre(), c.assessed())));
            counts.put(code, r);
        });
        return new CohortGridResponse(g.schoolName(), g.cohort().id().value(), g.cohort().name(),
                g.periods().stream().map(Enum::name).toList(), counts, g.sheets().stream().map(GridRestMapper::sheet).toList());
    }

    private static GridCellDto cell(GridCell c) {
        return new GridCellDto(c.misEnOeuvre(), c.levelCode(), c.proficient(), c.criteria(), c.complexityFactors(), c.aleas());
    }
}
