package fr.agora.domain.interop.oneroster;

import fr.agora.domain.assessment.AggregatedState;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.Observation;
import fr.agora.domain.assessment.ScaleHistory;
import fr.agora.domain.assessment.ScaleLevel;
import fr.agora.domain.interop.casev1p1.CaseExporter;
import fr.agora.domain.interop.casev1p1.NameBasedUuid;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A school's PFMP tracking as the OneRoster 1.2 Gradebook service sees it: a <em>class</em> is a cohort; a
 * <em>category</em> is a bloc de compétences; a <em>line item</em> is one compétence in one PFMP period of a cohort;
 * a <em>result</em> is one student's aggregated level on that compétence in that period (the school's policy over the
 * period's effective evaluations), only where something counted. Scores are the level's rank among the scale's counting
 * levels (1 … n, the LSL's 1 … 4), the level code is the text score, and every line item and result points to the
 * compétence's CASE item (the UUID {@link CaseExporter} serves). Identifiers are version-5 UUIDs of names in the
 * school's namespace, so the same record always has the same {@code sourcedId}.
 */
public record Gradebook(List<Category> categories, List<LineItem> lineItems, List<Result> results) {

    public record Category(String sourcedId, String title, int bloc, Instant dateLastModified) {
    }

    public record LineItem(String sourcedId, String title, String description, String classSourcedId, String categorySourcedId,
                           String competencyCode, PeriodCode period, LocalDate assignDate, LocalDate dueDate, BigDecimal resultValueMin,
                           BigDecimal resultValueMax, UUID learningObjectiveId, Instant dateLastModified) {
    }

    public record Result(String sourcedId, String lineItemSourcedId, String studentSourcedId, String classSourcedId, BigDecimal score,
                         String textScore, LocalDate scoreDate, UUID learningObjectiveId, Instant dateLastModified) {
    }

    /** One cohort with what its results are computed from: its framework and each student's effective evaluations. */
    public record ClassRecords(Cohort cohort, CompetencyFramework framework, List<StudentId> students,
                               Map<StudentId, List<? extends Observation>> effective) {
    }

    public Gradebook {
        categories = List.copyOf(categories);
        lineItems = List.copyOf(lineItems);
        results = List.copyOf(results);
    }

    public static UUID namespace(Uai uai) {
        return NameBasedUuid.v5(NameBasedUuid.NAMESPACE_URL, "urn:agora:oneroster:" + uai.value());
    }

    public static Gradebook of(Uai uai, List<ClassRecords> classes, ScaleHistory scales, AggregationPolicy policy) {
        NameBasedUuid.Generator ids = NameBasedUuid.in(namespace(uai));
        List<ScaleLevel> counting = scales.current().countingLevels();
        Map<String, Category> categories = new LinkedHashMap<>();
        List<LineItem> lineItems = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        for (ClassRecords c : classes) {
            CompetencyFramework fw = c.framework();
            for (int bloc : fw.blocs()) {
                String key = "category:" + fw.referentielId() + ":" + bloc;
                categories.putIfAbsent(key, new Category(ids.v5(key).toString(), "Bloc " + bloc, bloc, Instant.EPOCH));
            }
            Map<StudentId, Map<String, List<Observation>>> cells = new LinkedHashMap<>();
            c.effective().forEach((s, es) -> {
                Map<String, List<Observation>> byCell = new LinkedHashMap<>();
                for (Observation e : es) byCell.computeIfAbsent(e.competencyCode() + "|" + e.period(), k -> new ArrayList<>()).add(e);
                cells.put(s, byCell);
            });
            Map<PeriodCode, PfmpPeriod> periods = new EnumMap<>(PeriodCode.class);
            c.cohort().periods().forEach(p -> periods.put(p.code(), p));
            for (PeriodCode period : c.cohort().plannedPeriods()) {
                for (String code : fw.competencyCodes()) {
                    UUID objective = CaseExporter.competencyItemId(fw.referentielId(), code);
                    String lineItemId = ids.v5("lineItem:" + c.cohort().id().value() + ":" + period + ":" + code).toString();
                    List<Result> cell = results(ids, c, cells, code, period, lineItemId, objective, scales, policy, counting);
                    results.addAll(cell);
                    PfmpPeriod p = periods.get(period);
                    Instant modified = cell.stream().map(Result::dateLastModified).max(Comparator.naturalOrder())
                            .orElse(p == null ? Instant.EPOCH : p.start().atStartOfDay(ZoneOffset.UTC).toInstant());
                    String category = categories.get("category:" + fw.referentielId() + ":" + fw.blocOf(code).orElseThrow()).sourcedId();
                    lineItems.add(new LineItem(lineItemId, code + " " + period, "Compétence " + code + ", PFMP " + period + ", " + c.cohort().name(),
                            c.cohort().id().value(), category, code, period, p == null ? null : p.start(), p == null ? null : p.end(),
                            BigDecimal.ONE, BigDecimal.valueOf(counting.size()), objective, modified));
                }
            }
        }
        List<Category> cats = new ArrayList<>();
        for (Category cat : categories.values()) {
            Instant last = lineItems.stream().filter(l -> l.categorySourcedId().equals(cat.sourcedId())).map(LineItem::dateLastModified)
                    .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
            cats.add(new Category(cat.sourcedId(), cat.title(), cat.bloc(), last));
        }
        return new Gradebook(cats, lineItems, results);
    }

    private static List<Result> results(NameBasedUuid.Generator ids, ClassRecords c, Map<StudentId, Map<String, List<Observation>>> cells, String code, PeriodCode period, String lineItemId,
                                        UUID objective, ScaleHistory scales, AggregationPolicy policy, List<ScaleLevel> counting) {
        List<Result> out = new ArrayList<>();
        for (StudentId s : c.students()) {
            List<Observation> inCell = cells.getOrDefault(s, Map.of()).getOrDefault(code + "|" + period, List.of());
            if (inCell.isEmpty()) continue;
            AggregatedState state = policy.aggregate(code, inCell, scales);
            if (!state.hasScore()) continue;
            int rank = 1;
            for (int i = 0; i < counting.size(); i++) if (counting.get(i).code().equals(state.levelCode())) rank = i + 1;
            LocalDate scoreDate = inCell.stream().map(Observation::date).max(Comparator.naturalOrder()).orElseThrow();
            Instant modified = inCell.stream().map(Observation::recordedAt).max(Comparator.naturalOrder()).orElseThrow();
            out.add(new Result(ids.v5("result:" + s.value() + ":" + code + ":" + period).toString(), lineItemId, s.value(),
                    c.cohort().id().value(), BigDecimal.valueOf(rank), state.levelCode(), scoreDate, objective, modified));
        }
        return out;
    }
}
