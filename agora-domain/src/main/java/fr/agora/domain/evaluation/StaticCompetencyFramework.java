package fr.agora.domain.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A {@link CompetencyFramework} held in memory, built with {@link #builder(String, String)}. */
public final class StaticCompetencyFramework implements CompetencyFramework {

    /** One competency's data. */
    public record Competency(String code, int bloc, Set<String> criteria, Set<String> complexityFactors, Set<String> aleas) {
        public Competency {
            Objects.requireNonNull(code, "code");
            criteria = Set.copyOf(criteria);
            complexityFactors = Set.copyOf(complexityFactors);
            aleas = Set.copyOf(aleas);
        }
    }

    private final String referentielId;
    private final String version;
    private final Map<String, Competency> competencies;
    private final List<ExamUnit> units;

    private StaticCompetencyFramework(String referentielId, String version, Map<String, Competency> competencies, List<ExamUnit> units) {
        this.referentielId = referentielId;
        this.version = version;
        this.competencies = competencies;
        this.units = List.copyOf(units);
    }

    public static Builder builder(String referentielId, String version) {
        return new Builder(referentielId, version);
    }

    @Override public String referentielId() { return referentielId; }
    @Override public String version() { return version; }
    @Override public List<String> competencyCodes() { return List.copyOf(competencies.keySet()); }
    @Override public Optional<Integer> blocOf(String code) { return Optional.ofNullable(competencies.get(code)).map(Competency::bloc); }
    @Override public Set<String> criterionIds(String code) { return get(code).map(Competency::criteria).orElse(Set.of()); }
    @Override public Set<String> complexityFactorIds(String code) { return get(code).map(Competency::complexityFactors).orElse(Set.of()); }
    @Override public Set<String> aleaIds(String code) { return get(code).map(Competency::aleas).orElse(Set.of()); }
    @Override public List<ExamUnit> examUnits() { return units; }

    private Optional<Competency> get(String code) {
        return Optional.ofNullable(code == null ? null : competencies.get(code));
    }

    public static final class Builder {
        private final String referentielId;
        private final String version;
        private final Map<String, Competency> competencies = new LinkedHashMap<>();
        private final List<ExamUnit> units = new ArrayList<>();

        private Builder(String referentielId, String version) {
            this.referentielId = Objects.requireNonNull(referentielId);
            this.version = Objects.requireNonNull(version);
        }

        public Builder competency(String code, int bloc, Set<String> criteria, Set<String> complexityFactors, Set<String> aleas) {
            competencies.put(code, new Competency(code, bloc, criteria, complexityFactors, aleas));
            return this;
        }

        public Builder competency(String code, int bloc) {
            return competency(code, bloc, Set.of(code + ".c1"), Set.of(), Set.of());
        }

        public Builder unit(String code, int bloc, boolean ccf) {
            units.add(new ExamUnit(code, bloc, ccf));
            return this;
        }

        /** Adds the three AGOrA units: U31 ← bloc 1 (CCF), U2 ← bloc 2 (written), U32 ← bloc 3 (CCF). */
        public Builder agoraUnits() {
            return unit("U31", 1, true).unit("U2", 2, false).unit("U32", 3, true);
        }

        public StaticCompetencyFramework build() {
            return new StaticCompetencyFramework(referentielId, version, new LinkedHashMap<>(competencies), units);
        }
    }
}
