package fr.agora.adapter.in.rest.fuzz;

import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Plausible JSON values for an OpenAPI schema (its example when it has one), the starting point of each mutation. */
final class SchemaValues {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final JsonNode schemas;
    private final Random random;

    SchemaValues(JsonNode apiDocs, Random random) {
        this.schemas = apiDocs.path("components").path("schemas");
        this.random = random;
    }

    JsonNode resolve(JsonNode schema) {
        for (int i = 0; i < 10 && schema.has("$ref"); i++) {
            String ref = schema.get("$ref").asString();
            schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0));
        }
        if (schema.has("oneOf") && !schema.get("oneOf").isEmpty()) {
            return resolve(schema.get("oneOf").get(0));
        }
        return schema;
    }

    JsonNode value(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("example") && random.nextInt(3) > 0) {
            return schema.get("example").deepCopy();
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).deepCopy();
        }
        String type = typeOf(schema);
        switch (type) {
            case "object" -> {
                ObjectNode o = F.objectNode();
                if (depth > 6) {
                    return o;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").properties().iterator(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = it.next();
                    if (isRequired(schema, p.getKey()) || random.nextBoolean()) {
                        o.set(p.getKey(), value(p.getValue(), depth + 1));
                    }
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = F.arrayNode();
                int n = depth > 6 ? 0 : 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    a.add(value(schema.path("items"), depth + 1));
                }
                return a;
            }
            case "integer" -> {
                long min = schema.path("minimum").asLong(0);
                return F.numberNode(min + random.nextInt(10));
            }
            case "number" -> {
                return F.numberNode(new java.math.BigDecimal(random.nextInt(10_000)).movePointLeft(2));
            }
            case "boolean" -> {
                return F.booleanNode(random.nextBoolean());
            }
            default -> {
                return F.stringNode(stringFor(schema));
            }
        }
    }

    private String stringFor(JsonNode schema) {
        String format = schema.path("format").asString("");
        return switch (format) {
            case "date" -> "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            case "date-time" -> "2026-03-01T10:00:00Z";
            case "uuid" -> java.util.UUID.randomUUID().toString();
            case "email" -> "someone@example.org";
            default -> "text" + random.nextInt(1000);
        };
    }

    static String typeOf(JsonNode schema) {
        JsonNode t = schema.get("type");
        if (t == null) {
            return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (!"null".equals(x.asString())) {
                    return x.asString();
                }
            }
        }
        return t.asString();
    }

    static boolean isRequired(JsonNode schema, String property) {
        for (JsonNode r : schema.path("required")) {
            if (r.asString().equals(property)) {
                return true;
            }
        }
        return false;
    }
}
