package fr.agora.adapter.in.rest.oneroster;

import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The collection parameters of the OneRoster 1.2 REST binding (§ "Pagination", "Sorting", "Filtering", "Field
 * selection"): {@code limit} (default 100, here at most 1 000) and {@code offset}; {@code sort=<field>} with
 * {@code orderBy=asc|desc}; {@code filter=<field><op>'<value>'} with the binding's operators {@code = != > >= < <= ~}
 * ({@code ~}: contains, case-insensitive) and at most one {@code AND} or {@code OR} joining two predicates; and
 * {@code fields=a,b}. A field may name a GUIDRef's part ({@code lineItem.sourcedId}). Comparisons are numeric when
 * both sides are numbers, text otherwise (ISO dates and instants compare as text correctly). An unknown field, a
 * malformed filter or an out-of-range limit is a 400 naming the parameter.
 */
record OneRosterQuery(int limit, int offset, String sort, boolean descending, List<Predicate> predicates, boolean or, Set<String> fields) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final Pattern PREDICATE = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_.]*)\\s*(!=|>=|<=|=|>|<|~)\\s*'([^']*)'\\s*$");

    record Predicate(String field, String op, String value) {
    }

    static OneRosterQuery parse(Set<String> known, String limit, String offset, String sort, String orderBy, String filter, String fields) {
        int l = integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        int o = integer("offset", offset, 0, 0, Integer.MAX_VALUE);
        if (sort != null && !sort.isBlank()) checkField(known, "sort", sort.trim());
        boolean desc = false;
        if (orderBy != null && !orderBy.isBlank()) {
            String ob = orderBy.trim().toLowerCase(Locale.ROOT);
            if (!ob.equals("asc") && !ob.equals("desc")) throw new InvalidInputException("orderBy", "orderBy must be asc or desc");
            desc = ob.equals("desc");
        }
        List<Predicate> predicates = new ArrayList<>();
        boolean or = false;
        if (filter != null && !filter.isBlank()) {
            if (filter.length() > 500) throw new InvalidInputException("filter", "filter is longer than 500 characters");
            String[] parts = filter.split(" AND ", -1);
            if (parts.length == 1) {
                parts = filter.split(" OR ", -1);
                or = parts.length > 1;
            }
            if (parts.length > 2) throw new InvalidInputException("filter", "at most two predicates joined by one AND or OR");
            for (String p : parts) {
                Matcher m = PREDICATE.matcher(p);
                if (!m.matches()) throw new InvalidInputException("filter", "filter predicates read field<op>'value' with op one of = != > >= < <= ~");
                checkField(known, "filter", m.group(1));
                predicates.add(new Predicate(m.group(1), m.group(2), m.group(3)));
            }
        }
        Set<String> selected = new LinkedHashSet<>();
        if (fields != null && !fields.isBlank()) {
            for (String f : fields.split(",")) {
                String name = f.trim();
                if (!known.contains(name)) throw new InvalidInputException("fields", "unknown field '" + name + "'");
                selected.add(name);
            }
        }
        return new OneRosterQuery(l, o, sort == null || sort.isBlank() ? null : sort.trim(), desc, predicates, or, selected);
    }

    private static int integer(String name, String value, int dflt, int min, int max) {
        if (value == null || value.isBlank()) return dflt;
        try {
            int v = Integer.parseInt(value.trim());
            if (v < min || v > max) throw new InvalidInputException(name, name + " must be within " + min + "–" + max);
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be an integer");
        }
    }

    private static void checkField(Set<String> known, String parameter, String field) {
        if (!known.contains(field.split("\\.", 2)[0])) throw new InvalidInputException(parameter, "unknown field '" + field + "'");
    }

    /** Filters and sorts (stable, by sourcedId when no sort is asked, so pages never overlap). */
    List<JsonNode> select(List<JsonNode> all) {
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode n : all) if (matches(n)) kept.add(n);
        Comparator<JsonNode> order = Comparator.comparing((JsonNode n) -> value(n, sort == null ? "sourcedId" : sort), OneRosterQuery::compare);
        kept.sort(descending ? order.reversed() : order);
        return kept;
    }

    /** One page, with only the selected fields. */
    List<JsonNode> page(List<JsonNode> selected) {
        List<JsonNode> out = new ArrayList<>();
        for (int i = offset; i < selected.size() && i < (long) offset + limit; i++) {
            JsonNode n = selected.get(i);
            if (!fields.isEmpty() && n instanceof ObjectNode o) {
                ObjectNode copy = o.deepCopy();
                copy.retain(fields);
                n = copy;
            }
            out.add(n);
        }
        return out;
    }

    private boolean matches(JsonNode n) {
        if (predicates.isEmpty()) return true;
        boolean first = test(n, predicates.get(0));
        if (predicates.size() == 1) return first;
        boolean second = test(n, predicates.get(1));
        return or ? first || second : first && second;
    }

    private static boolean test(JsonNode n, Predicate p) {
        String v = value(n, p.field());
        if (v == null) return p.op().equals("!=");
        if (p.op().equals("~")) return v.toLowerCase(Locale.ROOT).contains(p.value().toLowerCase(Locale.ROOT));
        int c = compare(v, p.value());
        return switch (p.op()) {
            case "=" -> c == 0;
            case "!=" -> c != 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            case "<" -> c < 0;
            default -> c <= 0;
        };
    }

    private static String value(JsonNode n, String path) {
        JsonNode cur = n;
        for (String part : path.split("\\.")) {
            cur = cur == null ? null : cur.get(part);
        }
        if (cur == null || cur.isNull() || cur.isContainer()) return null;
        return cur.isNumber() ? cur.decimalValue().toPlainString() : cur.asString();
    }

    private static int compare(String a, String b) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
