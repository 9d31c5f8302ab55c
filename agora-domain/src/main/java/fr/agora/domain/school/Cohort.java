package fr.agora.domain.school;

import fr.agora.domain.shared.Uai;
import fr.agora.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * A division followed over its three years ("2nde AGOrA 1" → "Tle"), pinned to one référentiel version, with its
 * PFMP periods and the year its exam session ends (used by the RGPD purge).
 */
public record Cohort(CohortId id, Uai uai, String name, String referentielId, String referentielVersion,
                     int examSessionYear, List<PfmpPeriod> periods) {
    public Cohort {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uai, "uai");
        if (name == null || name.isBlank()) throw new InvalidInputException("name", "name is required");
        if (referentielId == null || referentielId.isBlank()) throw new InvalidInputException("referentielId", "referentielId is required");
        if (referentielVersion == null || referentielVersion.isBlank()) throw new InvalidInputException("referentielVersion", "referentielVersion is required");
        if (examSessionYear < 2000 || examSessionYear > 2100) throw new InvalidInputException("examSessionYear", "examSessionYear must be within 2000–2100");
        periods = periods == null ? List.of() : periods.stream().sorted(java.util.Comparator.comparing(PfmpPeriod::code)).toList();
        if (periods.stream().map(PfmpPeriod::code).distinct().count() != periods.size()) {
            throw new InvalidInputException("periods", "a period appears twice");
        }
    }

    public List<PeriodCode> plannedPeriods() {
        return periods.isEmpty() ? List.of(PeriodCode.values()) : periods.stream().map(PfmpPeriod::code).toList();
    }

    /**
     * Whether {@code date} falls within the cohort's training: from 1 September three years before its exam session
     * (or its first period's start, if earlier) to the end of its exam year (or its last period's end, if later).
     * An evaluation dated outside it belongs to no period of this cohort.
     */
    public boolean spans(java.time.LocalDate date) {
        java.time.LocalDate from = java.time.LocalDate.of(examSessionYear - 3, 9, 1);
        java.time.LocalDate to = java.time.LocalDate.of(examSessionYear, 12, 31);
        for (PfmpPeriod p : periods) {
            if (p.start().isBefore(from)) from = p.start();
            if (p.end().isAfter(to)) to = p.end();
        }
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The last period that has started on {@code today}, or null before the first. */
    public PeriodCode currentPeriod(java.time.LocalDate today) {
        PeriodCode current = null;
        for (PfmpPeriod p : periods) if (!p.start().isAfter(today)) current = p.code();
        return current;
    }
}
