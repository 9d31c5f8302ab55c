package fr.agora.adapter.in.rest.school;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.access.AccessDtos;
import fr.agora.adapter.in.rest.assessment.AssessmentDtos;
import fr.agora.adapter.in.rest.readiness.ReadinessDtos;
import fr.agora.adapter.in.rest.webhook.WebhookDtos;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every bounded request field against the column that stores it (issue 12 §3, §5): a string's {@code @Size(max)} is
 * at most its {@code VARCHAR(n)}, a decimal's {@code @Digits} is exactly its {@code NUMERIC(p,s)} — so what passes
 * validation is stored as sent, and what the column would truncate or round is a 400. The columns are read from the
 * Flyway migrations themselves (CREATE TABLE, then renames), so a migration that narrows a column fails this test.
 */
class ColumnLimitsTest {

    record Binding(Class<?> dto, String field, String table, String column, int typeArgument) {
        Binding(Class<?> dto, String field, String table, String column) {
            this(dto, field, table, column, -1);
        }
    }

    static final List<Binding> STRINGS = List.of(
            new Binding(SchoolDtos.NewCohortRequest.class, "name", "eval_cohort", "name"),
            new Binding(SchoolDtos.NewCohortRequest.class, "referentielId", "eval_cohort", "referentiel_id"),
            new Binding(SchoolDtos.NewCohortRequest.class, "referentielVersion", "eval_cohort", "referentiel_version"),
            new Binding(SchoolDtos.NewStudentRequest.class, "cohortId", "eval_student", "cohort_id"),
            new Binding(SchoolDtos.NewStudentRequest.class, "ine", "eval_student", "ine"),
            new Binding(SchoolDtos.NewStudentRequest.class, "lastName", "eval_student", "last_name"),
            new Binding(SchoolDtos.NewStudentRequest.class, "firstName", "eval_student", "first_name"),
            new Binding(SchoolDtos.StudentChangesRequest.class, "cohortId", "eval_student", "cohort_id"),
            new Binding(SchoolDtos.StudentChangesRequest.class, "ine", "eval_student", "ine"),
            new Binding(SchoolDtos.StudentChangesRequest.class, "lastName", "eval_student", "last_name"),
            new Binding(SchoolDtos.StudentChangesRequest.class, "firstName", "eval_student", "first_name"),
            new Binding(SchoolDtos.PlacementRequest.class, "organisation", "eval_placement", "organisation"),
            new Binding(SchoolDtos.PlacementRequest.class, "tutorName", "eval_placement", "tutor_name"),
            new Binding(SchoolDtos.PlacementRequest.class, "tutorEmail", "eval_placement", "tutor_email"),
            new Binding(AssessmentDtos.EvaluationRequest.class, "studentId", "eval_evaluation", "student_id"),
            new Binding(AssessmentDtos.EvaluationRequest.class, "competency", "eval_evaluation", "competency_code"),
            new Binding(AssessmentDtos.EvaluationRequest.class, "criterion", "eval_evaluation", "criterion_id"),
            new Binding(AssessmentDtos.EvaluationRequest.class, "period", "eval_evaluation", "period"),
            new Binding(AssessmentDtos.EvaluationRequest.class, "level", "eval_evaluation", "level_code"),
            new Binding(AssessmentDtos.EvaluationRequest.class, "evaluatorId", "eval_evaluation", "evaluator_id"),
            new Binding(AssessmentDtos.EvaluationRequest.class, "evaluatorRole", "eval_evaluation", "evaluator_role"),
            new Binding(AssessmentDtos.EvaluationRequest.class, "comment", "eval_evaluation", "comment_text"),
            new Binding(AssessmentDtos.EvaluationRequest.class, "evidenceLink", "eval_evaluation", "evidence_link"),
            new Binding(AssessmentDtos.CorrectionRequest.class, "level", "eval_evaluation", "level_code"),
            new Binding(AssessmentDtos.CorrectionRequest.class, "comment", "eval_evaluation", "comment_text"),
            new Binding(AssessmentDtos.LevelDto.class, "code", "eval_scale_level", "code"),
            new Binding(AssessmentDtos.LevelDto.class, "label", "eval_scale_level", "label"),
            new Binding(ReadinessDtos.GridRequest.class, "weights", "eval_readiness_grid_term", "term_key", 0),
            new Binding(ReadinessDtos.GridRequest.class, "pointsPerLevel", "eval_readiness_grid_term", "term_key", 0),
            new Binding(AccessDtos.IssueKeyRequest.class, "subject", "access_api_key", "subject"),
            new Binding(AccessDtos.IssueKeyRequest.class, "label", "access_api_key", "label"),
            new Binding(WebhookDtos.WebhookEndpointRequest.class, "url", "webhook_endpoint", "url"),
            new Binding(WebhookDtos.WebhookEndpointRequest.class, "description", "webhook_endpoint", "description"),
            new Binding(WebhookDtos.WebhookEndpointRequest.class, "events", "webhook_endpoint_event", "event_type", 0));

    static final List<Binding> DECIMALS = List.of(
            new Binding(AssessmentDtos.LevelDto.class, "value", "eval_scale_level", "level_value"),
            new Binding(AssessmentDtos.ScaleRequest.class, "threshold", "eval_scale", "threshold"),
            new Binding(ReadinessDtos.GridRequest.class, "roundingStep", "eval_readiness_grid", "rounding_step"),
            new Binding(ReadinessDtos.GridRequest.class, "weights", "eval_readiness_grid_term", "amount", 1),
            new Binding(ReadinessDtos.GridRequest.class, "pointsPerLevel", "eval_readiness_grid_term", "amount", 1));

    /** The combined width of a list joined into one column: list size × (element size + separator) must fit. */
    @Test
    void joined_code_lists_fit_their_column() throws Exception {
        Map<String, Map<String, int[]>> columns = columns();
        for (String list : new String[] {"complexityFactors", "aleas"}) {
            Field f = AssessmentDtos.EvaluationRequest.class.getDeclaredField(list);
            int items = f.getAnnotation(Size.class).max();
            int each = ((AnnotatedParameterizedType) f.getAnnotatedType()).getAnnotatedActualTypeArguments()[0]
                    .getAnnotation(Size.class).max();
            String column = list.equals("aleas") ? "aleas" : "complexity_factors";
            assertThat(items * (each + 1)).as(list).isLessThanOrEqualTo(columns.get("eval_evaluation").get(column)[0]);
        }
    }

    @Test
    void every_bounded_string_fits_its_column() throws Exception {
        Map<String, Map<String, int[]>> columns = columns();
        List<String> problems = new ArrayList<>();
        for (Binding b : STRINGS) {
            Size size = annotation(b, Size.class);
            int[] type = columns.get(b.table()).get(b.column());
            if (size == null || type == null || size.max() > type[0]) {
                problems.add(b + ": @Size " + (size == null ? "missing" : size.max()) + " vs VARCHAR(" + (type == null ? "?" : type[0]) + ")");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_decimal_has_exactly_its_columns_precision_and_scale() throws Exception {
        Map<String, Map<String, int[]>> columns = columns();
        List<String> problems = new ArrayList<>();
        for (Binding b : DECIMALS) {
            Digits digits = annotation(b, Digits.class);
            int[] type = columns.get(b.table()).get(b.column());
            if (digits == null || type == null || digits.integer() + digits.fraction() != type[0] || digits.fraction() != type[1]) {
                problems.add(b + ": @Digits " + (digits == null ? "missing" : digits.integer() + "+" + digits.fraction())
                        + " vs NUMERIC(" + (type == null ? "?" : type[0] + "," + type[1]) + ")");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(Binding b, Class<A> kind) throws NoSuchFieldException {
        Field f = b.dto().getDeclaredField(b.field());
        if (b.typeArgument() < 0) {
            return f.getAnnotation(kind);
        }
        AnnotatedType arg = ((AnnotatedParameterizedType) f.getAnnotatedType()).getAnnotatedActualTypeArguments()[b.typeArgument()];
        return arg.getAnnotation(kind);
    }

    private static final Pattern CREATE = Pattern.compile("(?is)create\\s+table\\s+(\\w+)\\s*\\((.*?)\\);");
    private static final Pattern COLUMN = Pattern.compile("(?i)^\\s*(\\w+)\\s+(?:VARCHAR|NUMERIC|DECIMAL)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+))?\\s*\\)");
    private static final Pattern RENAME = Pattern.compile("(?i)alter\\s+table\\s+(\\w+)\\s+rename\\s+to\\s+(\\w+)");

    /** table → column → {length or precision, scale}, after replaying the migrations in version order. */
    static Map<String, Map<String, int[]>> columns() throws IOException {
        List<Resource> files = new ArrayList<>(List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql")));
        files.sort(Comparator.comparingLong(r -> {
            Matcher m = Pattern.compile("V(\\d+)(?:_(\\d+))?__").matcher(String.valueOf(r.getFilename()));
            return m.find() ? Long.parseLong(m.group(1)) * 1000 + (m.group(2) == null ? 0 : Long.parseLong(m.group(2))) : Long.MAX_VALUE;
        }));
        Map<String, Map<String, int[]>> tables = new HashMap<>();
        for (Resource r : files) {
            String sql;
            try (InputStream in = r.getInputStream()) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--[^\\n]*", "");
            }
            Matcher c = CREATE.matcher(sql);
            while (c.find()) {
                Map<String, int[]> cols = new HashMap<>();
                for (String line : c.group(2).split("\\n")) {
                    Matcher col = COLUMN.matcher(line);
                    if (col.find()) {
                        cols.put(col.group(1).toLowerCase(Locale.ROOT), new int[] {Integer.parseInt(col.group(2)),
                                col.group(3) == null ? 0 : Integer.parseInt(col.group(3))});
                    }
                }
                tables.put(c.group(1).toLowerCase(Locale.ROOT), cols);
            }
            Matcher rename = RENAME.matcher(sql);
            while (rename.find()) {
                Map<String, int[]> cols = tables.remove(rename.group(1).toLowerCase(Locale.ROOT));
                if (cols != null) {
                    tables.put(rename.group(2).toLowerCase(Locale.ROOT), cols);
                }
            }
        }
        return tables;
    }
}
