package fr.agora.adapter.out.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Keeps the README's "Sharding by school" section true of the schema: the Flyway migrations are replayed (CREATE,
 * RENAME, DROP, ADD COLUMN) and every table must be in exactly one of the three classes the README describes —
 * distributed by {@code uai}, co-located child reached through its parent's key, or a reference table replicated to
 * every node. A new table fails this test until it is classified (and the README says where it goes).
 */
class SchoolShardingSchemaTest {

    /** Tables that carry the school's UAI: the distribution column on Citus. */
    static final Set<String> DISTRIBUTED_BY_UAI = Set.of("eval_establishment", "eval_cohort", "eval_student",
            "eval_evaluation", "eval_scale", "eval_scale_level", "eval_readiness_grid", "eval_readiness_grid_term",
            "eval_idempotency", "eval_idempotency_student", "eval_audit", "access_api_key", "tutor_link", "badge_signing_key", "badge_issued",
            "webhook_endpoint", "webhook_endpoint_event", "webhook_message", "webhook_delivery", "webhook_period_announced");
    /** Children without the column: to distribute them, a migration must add uai (README lists them). */
    static final Set<String> CHILDREN_WITHOUT_UAI = Set.of("eval_pfmp_period", "eval_placement", "pfmp_attendance",
            "pfmp_allowance_validation");
    /** The same for every school: replicated reference tables. */
    static final Set<String> REFERENCE = Set.of("referentiel_version");

    private static final Pattern CREATE = Pattern.compile("(?is)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)\\s*\\((.*?)\\);");
    private static final Pattern RENAME = Pattern.compile("(?i)alter\\s+table\\s+(\\w+)\\s+rename\\s+to\\s+(\\w+)");
    private static final Pattern DROP = Pattern.compile("(?i)drop\\s+table\\s+(?:if\\s+exists\\s+)?(\\w+)");
    private static final Pattern ADD_COLUMN = Pattern.compile("(?i)alter\\s+table\\s+(\\w+)\\s+add\\s+(?:column\\s+)?(\\w+)");
    private static final Pattern VERSION = Pattern.compile("V(\\d+)(?:_(\\d+))?__");

    @Test
    void every_table_is_classified_as_the_readme_says() throws IOException {
        Map<String, Set<String>> tables = replayMigrations();
        Set<String> withUai = new TreeSet<>();
        Set<String> without = new TreeSet<>();
        tables.forEach((table, columns) -> (columns.contains("uai") ? withUai : without).add(table));

        assertThat(withUai).as("tables carrying uai").containsExactlyInAnyOrderElementsOf(DISTRIBUTED_BY_UAI);
        Set<String> expectedWithout = new TreeSet<>(CHILDREN_WITHOUT_UAI);
        expectedWithout.addAll(REFERENCE);
        assertThat(without).as("tables without uai").containsExactlyInAnyOrderElementsOf(expectedWithout);
    }

    static Map<String, Set<String>> replayMigrations() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql");
        List<Resource> ordered = new ArrayList<>(List.of(found));
        ordered.sort(Comparator.comparingLong(SchoolShardingSchemaTest::version));
        Map<String, Set<String>> tables = new LinkedHashMap<>();
        for (Resource r : ordered) {
            String sql;
            try (InputStream in = r.getInputStream()) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--[^\\n]*", "");
            }
            for (String statement : sql.split(";")) {
                apply(statement.trim() + ";", tables);
            }
        }
        return tables;
    }

    private static void apply(String statement, Map<String, Set<String>> tables) {
        Matcher m;
        if ((m = CREATE.matcher(statement)).find()) {
            Set<String> columns = new LinkedHashSet<>();
            for (String line : m.group(2).split(",")) {
                String first = line.trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
                if (!first.isEmpty()) {
                    columns.add(first);
                }
            }
            tables.put(m.group(1).toLowerCase(Locale.ROOT), columns);
        } else if ((m = RENAME.matcher(statement)).find()) {
            Set<String> columns = tables.remove(m.group(1).toLowerCase(Locale.ROOT));
            if (columns != null) {
                tables.put(m.group(2).toLowerCase(Locale.ROOT), columns);
            }
        } else if ((m = DROP.matcher(statement)).find()) {
            tables.remove(m.group(1).toLowerCase(Locale.ROOT));
        } else if ((m = ADD_COLUMN.matcher(statement)).find() && !m.group(2).equalsIgnoreCase("constraint")) {
            Set<String> columns = tables.get(m.group(1).toLowerCase(Locale.ROOT));
            if (columns != null) {
                columns.add(m.group(2).toLowerCase(Locale.ROOT));
            }
        }
    }

    private static long version(Resource r) {
        Matcher m = VERSION.matcher(String.valueOf(r.getFilename()));
        if (!m.find()) {
            return Long.MAX_VALUE;
        }
        return Long.parseLong(m.group(1)) * 1000 + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
    }
}
