package fr.agora.domain.assessment;

import fr.agora.domain.referentiel.CandidateCategory;
import fr.agora.domain.referentiel.Competency;
import fr.agora.domain.referentiel.Criterion;
import fr.agora.domain.referentiel.Referentiel;
import fr.agora.domain.referentiel.Situation;
import fr.agora.domain.referentiel.Variation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What assessment needs from one version of the référentiel: its competencies with their bloc, their criteria, the
 * complexity factors and aléas of the situations that name them, and the exam units that certify a bloc. Built from the
 * {@link Referentiel} by {@link #of(Referentiel)}; tests and embedders may build a small one with {@link #builder}.
 */
public final class CompetencyFramework {

    /** The candidates whose exam mode decides whether a unit is assessed in CCF: students in a school (scolaires). */
    private static final CandidateCategory SCHOOL_CANDIDATES = CandidateCategory.SCOLAIRE_APPRENTI_HABILITE;

    /** An exam unit, the bloc it assesses, and whether it is assessed in CCF (a proposed mark) or by a final exam. */
    public record ExamUnit(String code, int bloc, boolean ccf) {
        public ExamUnit {
            Objects.requireNonNull(code, "code");
        }
    }

    private record Entry(int bloc, Set<String> criteria, Set<String> complexityFactors, Set<String> aleas) {
        Entry {
            criteria = Set.copyOf(criteria);
            complexityFactors = Set.copyOf(complexityFactors);
            aleas = Set.copyOf(aleas);
        }
    }

    private final String referentielId;
    private final String version;
    private final Map<String, Entry> competencies;
    private final List<String> codes;
    private final List<ExamUnit> units;

    private CompetencyFramework(String referentielId, String version, Map<String, Entry> competencies, List<ExamUnit> units) {
        this.referentielId = referentielId;
        this.version = version;
        this.competencies = competencies;
        this.codes = List.copyOf(competencies.keySet());
        this.units = List.copyOf(units);
    }

    /**
     * The framework of a référentiel version: every competency in référentiel order; the factors and aléas of each
     * situation attached to the competencies it names; the units certifying a bloc (in bloc order), CCF when that is
     * the mode of school candidates.
     */
    public static CompetencyFramework of(Referentiel r) {
        Map<String, Set<String>> factors = new HashMap<>();
        Map<String, Set<String>> aleas = new HashMap<>();
        for (Situation s : r.situations()) {
            for (String code : s.competencyCodes()) {
                s.complexityFactors().stream().map(Variation::id).forEach(id -> factors.computeIfAbsent(code, k -> new TreeSet<>()).add(id));
                s.aleas().stream().map(Variation::id).forEach(id -> aleas.computeIfAbsent(code, k -> new TreeSet<>()).add(id));
            }
        }
        Builder b = builder(r.id(), r.version());
        for (Competency c : r.competencies()) {
            Set<String> criteria = new TreeSet<>();
            for (Criterion k : c.criteria()) criteria.add(k.id());
            b.competency(c.code(), c.blocNumber(), criteria, factors.getOrDefault(c.code(), Set.of()), aleas.getOrDefault(c.code(), Set.of()));
        }
        r.examUnits().stream()
                .filter(u -> u.bloc().isPresent())
                .sorted(Comparator.comparingInt(fr.agora.domain.referentiel.ExamUnit::certifiedBloc))
                .forEach(u -> b.unit(u.unitCode(), u.certifiedBloc(),
                        u.modeFor(SCHOOL_CANDIDATES).map(m -> m.mode().equalsIgnoreCase("CCF")).orElse(false)));
        return b.build();
    }

    public static Builder builder(String referentielId, String version) {
        return new Builder(referentielId, version);
    }

    /** The référentiel id, e.g. {@code agora-2020}. */
    public String referentielId() { return referentielId; }

    /** Its version, e.g. {@code 2020}. */
    public String version() { return version; }

    /** Every competency code, in référentiel order (1.1.1 … 3.3.4). */
    public List<String> competencyCodes() { return codes; }

    /** The bloc (1, 2, 3) of a competency, empty if the code is unknown. */
    public Optional<Integer> blocOf(String code) { return get(code).map(Entry::bloc); }

    /** The criterion ids of a competency (empty set for an unknown code). */
    public Set<String> criterionIds(String code) { return get(code).map(Entry::criteria).orElse(Set.of()); }

    /** The complexity-factor ids that apply to a competency's situations. */
    public Set<String> complexityFactorIds(String code) { return get(code).map(Entry::complexityFactors).orElse(Set.of()); }

    /** The aléa ids that may occur in a competency's situations. */
    public Set<String> aleaIds(String code) { return get(code).map(Entry::aleas).orElse(Set.of()); }

    /** The exam units certifying a bloc (U31, U2, U32 for AGOrA). */
    public List<ExamUnit> examUnits() { return units; }

    public boolean knows(String code) {
        return blocOf(code).isPresent();
    }

    public List<Integer> blocs() {
        return codes.stream().map(c -> blocOf(c).orElseThrow()).distinct().sorted().toList();
    }

    public List<String> competenciesOfBloc(int bloc) {
        return codes.stream().filter(c -> blocOf(c).orElse(-1) == bloc).toList();
    }

    public Optional<ExamUnit> examUnit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    private Optional<Entry> get(String code) {
        return Optional.ofNullable(code == null ? null : competencies.get(code));
    }

    /** Builds a framework by hand (tests, embedders with their own référentiel data). */
    public static final class Builder {
        private final String referentielId;
        private final String version;
        private final Map<String, Entry> competencies = new LinkedHashMap<>();
        private final List<ExamUnit> units = new ArrayList<>();

        private Builder(String referentielId, String version) {
            this.referentielId = Objects.requireNonNull(referentielId);
            this.version = Objects.requireNonNull(version);
        }

        public Builder competency(String code, int bloc, Set<String> criteria, Set<String> complexityFactors, Set<String> aleas) {
            competencies.put(Objects.requireNonNull(code, "code"), new Entry(bloc, criteria, complexityFactors, aleas));
            return this;
        }

        public Builder competency(String code, int bloc) {
            return competency(code, bloc, Set.of(code + ".c1"), Set.of(), Set.of());
        }

        public Builder unit(String code, int bloc, boolean ccf) {
            units.add(new ExamUnit(code, bloc, ccf));
            return this;
        }

        public CompetencyFramework build() {
            return new CompetencyFramework(referentielId, version, new LinkedHashMap<>(competencies), units);
        }
    }
}
