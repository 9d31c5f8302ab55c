package fr.agora.adapter.in.rest.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** One change to a JSON value, at a random place: the kinds of input a careless or hostile client sends. */
final class Mutations {

    enum Kind { VALID, MISSING_FIELD, EXTRA_FIELD, WRONG_TYPE, NULL_VALUE, NUMBER_EDGE, LONG_STRING, UNICODE_EDGE, BAD_DATE }

    static final String[] NUMBERS = {"1e20", "-1", "0", "-0", "0.123456789012", "1e309", "-1e309", "9223372036854775808",
            "2147483648", "2027.5", "1e-30", "99999999999999999999.99", "1E+2", "-2147483649", "0.0004", "123456.7891"};
    static final String[] UNICODE = {"\u0000", "a\u0000b", "\ud800", "\udc00x", "\u202eevil", "\u00a0\u00a0", "\u2007", "\u200b",
            "😀".repeat(50), "e\u0301".repeat(20), "\ufeff", "\t", "\r\n", "<script>", "' OR 1=1 --", "=HYPERLINK(\"x\")",
            "@SUM(1)", "+33", "-2", "％ＡＢ", "İı", "ß", "\u0085"};
    static final String[] DATES = {"2026-02-30", "+10000-01-01", "0000-01-01", "2026-13-01", "", "1582-10-10", "-0001-01-01",
            "2026-1-1", "01/02/2026", "2026-02-29", "9999-12-31", "2026-03-01T00:00:00"};

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Mutations() {
    }

    /** Applies {@code kind} at a random node of {@code root} (a copy); returns the new root. */
    static JsonNode apply(Kind kind, JsonNode root, Random random) {
        JsonNode copy = root.deepCopy();
        List<Slot> slots = new ArrayList<>();
        collect(copy, null, null, -1, slots);
        if (slots.isEmpty() || kind == Kind.VALID) {
            return kind == Kind.EXTRA_FIELD && copy instanceof ObjectNode o ? o.put("unexpectedField", 1) : copy;
        }
        Slot s = slots.get(random.nextInt(slots.size()));
        JsonNode replacement = switch (kind) {
            case WRONG_TYPE -> wrongType(s.node(), random);
            case NULL_VALUE -> F.nullNode();
            case NUMBER_EDGE -> F.numberNode(new java.math.BigDecimal(NUMBERS[random.nextInt(NUMBERS.length)].replace("1e309", "1e30")));
            case LONG_STRING -> F.stringNode("x".repeat(1 + random.nextInt(20_000)));
            case UNICODE_EDGE -> F.stringNode(UNICODE[random.nextInt(UNICODE.length)]);
            case BAD_DATE -> F.stringNode(DATES[random.nextInt(DATES.length)]);
            default -> s.node();
        };
        if (kind == Kind.MISSING_FIELD) {
            if (s.parent() instanceof ObjectNode o) {
                o.remove(s.name());
            } else if (s.parent() instanceof ArrayNode a) {
                a.remove(s.index());
            }
            return copy;
        }
        if (kind == Kind.EXTRA_FIELD) {
            if (s.node() instanceof ObjectNode o) {
                o.put("extra" + random.nextInt(100), "x");
                return copy;
            }
            return copy instanceof ObjectNode o ? o.put("unexpectedField", true) : copy;
        }
        if (s.parent() == null) {
            return replacement;
        }
        if (s.parent() instanceof ObjectNode o) {
            o.set(s.name(), replacement);
        } else if (s.parent() instanceof ArrayNode a) {
            a.set(s.index(), replacement);
        }
        return copy;
    }

    private static JsonNode wrongType(JsonNode n, Random random) {
        if (n.isString()) {
            return random.nextBoolean() ? F.numberNode(42) : F.arrayNode().add("x");
        }
        if (n.isNumber()) {
            return random.nextBoolean() ? F.stringNode("not-a-number") : F.booleanNode(true);
        }
        if (n.isObject()) {
            return F.arrayNode().add(n);
        }
        if (n.isArray()) {
            return F.objectNode().put("x", 1);
        }
        return F.stringNode("wrong");
    }

    private record Slot(JsonNode node, JsonNode parent, String name, int index) {
    }

    private static void collect(JsonNode node, JsonNode parent, String name, int index, List<Slot> out) {
        out.add(new Slot(node, parent, name, index));
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), o, e.getKey(), -1, out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                collect(a.get(i), a, null, i, out);
            }
        }
    }
}
