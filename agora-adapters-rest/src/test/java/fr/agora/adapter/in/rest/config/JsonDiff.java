package fr.agora.adapter.in.rest.config;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** The JSON pointers where two documents differ (at most 40, so that a failure stays readable). */
final class JsonDiff {

    private static final int MAX = 40;

    private JsonDiff() {
    }

    static void diff(String pointer, JsonNode expected, JsonNode actual, List<String> out) {
        if (out.size() >= MAX || expected.equals(actual)) {
            return;
        }
        // the served document re-renders an example's 4346.00 as 4346.0: the same JSON number
        if (expected.isNumber() && actual.isNumber() && expected.decimalValue().compareTo(actual.decimalValue()) == 0) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                String p = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name)) {
                    out.add("+ " + p);
                } else if (!actual.has(name)) {
                    out.add("- " + p);
                } else {
                    diff(p, expected.get(name), actual.get(name), out);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                diff(pointer + "/" + i, expected.get(i), actual.get(i), out);
            }
        } else {
            out.add("~ " + pointer + ": " + abbreviate(expected) + " → " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 120 ? s.substring(0, 117) + "…" : s;
    }

}
