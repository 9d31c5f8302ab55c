package fr.agora.adapter.in.rest.fuzz;

import fr.agora.adapter.in.rest.support.RawHttp;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Sends mutated requests to every operation of an OpenAPI document ({@code /v3/api-docs}) and checks each answer:
 * never a 5xx, every error an RFC 9457 problem+json whose {@code status} is the HTTP status, never internals. The
 * mutations: wrong types, missing and extra fields, nulls (inside arrays too), number edges (huge, negative,
 * over-precise), over-long strings, unicode edges, invalid dates, broken JSON, wrong content types, oversized and
 * deeply nested bodies, bad query and path values, missing or wrong credentials, and raw protocol errors over a socket.
 * Seeded: a failure prints the seed and the request.
 */
final class OpenApiFuzzer {

    record Operation(String method, String path, JsonNode spec) {
    }

    /** Counts per status, and every violation (first 100 kept). */
    record Outcome(int requests, Map<Integer, Integer> statuses, Map<String, Integer> channels, List<String> violations,
                   int violationCount) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String[] CONTENT_TYPES = {"text/plain", "application/xml", "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded", "application/json; charset=ISO-8859-1", "image/png", "*/*", "application/json-seq"};
    private static final String[] GARBAGE = {"x", "-1", "0", "99999999999999999999", "%00", "..", "%2e%2e", "%2F", "%C3%A9",
            "P7", "U99", "9.9.9", "00000000-0000-0000-0000-000000000000", "a".repeat(300), "%F0%9F%98%80", "null", "%20",
            "0750001A", "0000000A", "1e3", "true", "%EF%BB%BF"};

    private final URI base;
    private final int port;
    private final ObjectMapper json;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, String> pathValues;
    private final Function<String, String> authorizationFor;
    private final Random random;
    private final SchemaValues values;

    OpenApiFuzzer(URI base, int port, JsonNode apiDocs, ObjectMapper json, Map<String, String> pathValues,
                  Function<String, String> authorizationFor, long seed) {
        this.base = base;
        this.port = port;
        this.json = json;
        this.pathValues = pathValues;
        this.authorizationFor = authorizationFor;
        this.random = new Random(seed);
        this.values = new SchemaValues(apiDocs, random);
        for (Iterator<Map.Entry<String, JsonNode>> it = apiDocs.path("paths").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            for (String m : new String[] {"get", "post", "put", "patch", "delete"}) {
                if (p.getValue().has(m)) {
                    operations.add(new Operation(m.toUpperCase(), p.getKey(), p.getValue().get(m)));
                }
            }
        }
    }

    List<Operation> operations() {
        return operations;
    }

    Outcome run(int requests) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> channels = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        int violationCount = 0;
        for (int i = 0; i < requests; i++) {
            Operation op = operations.get(random.nextInt(operations.size()));
            Sent sent = i % 97 == 0 ? raw(i) : send(op);
            statuses.merge(sent.status, 1, Integer::sum);
            channels.merge(sent.channel, 1, Integer::sum);
            String why = check(sent);
            if (why != null) {
                violationCount++;
                if (violations.size() < 100) {
                    violations.add(why + " ← " + sent.description + " → " + sent.status + " " + abbreviate(sent.body));
                }
            }
        }
        return new Outcome(requests, statuses, channels, violations, violationCount);
    }

    private record Sent(String channel, String description, int status, String contentType, String body) {
    }

    private String check(Sent s) {
        if (s.status < 0) {
            return "no answer";
        }
        if (s.status >= 500) {
            return "5xx";
        }
        if (s.status >= 400 && s.description.contains(" /api/v1/oauth/token") && s.body.contains("\"error\"")
                && s.contentType != null && s.contentType.startsWith("application/json")) {
            return null; // the token endpoint answers RFC 6749 §5.2 error bodies, as OAuth clients expect
        }
        if (s.status >= 400) {
            if (s.contentType == null || !s.contentType.startsWith("application/problem+json")) {
                return "not problem+json (" + s.contentType + ")";
            }
            JsonNode body;
            try {
                body = json.readTree(s.body);
            } catch (RuntimeException e) {
                return "problem body is not JSON";
            }
            if (!body.has("type") || !body.has("title") || body.path("status").asInt() != s.status) {
                return "problem without type/title/status";
            }
            for (String leak : new String[] {"Exception", "at fr.agora", "org.springframework", "org.apache", "java.lang", "SQL"}) {
                if (s.body.contains(leak)) {
                    return "internals leaked (" + leak + ")";
                }
            }
        }
        return null;
    }

    private Sent send(Operation op) {
        JsonNode bodySchema = op.spec().path("requestBody").path("content").path("application/json").path("schema");
        boolean hasJson = !bodySchema.isMissingNode();
        boolean hasBody = op.spec().has("requestBody");
        int roll = random.nextInt(100);
        String channel;
        String path = fillPath(op.path(), roll < 8);
        String query = query(op, roll >= 8 && roll < 18);
        String contentType = hasJson ? "application/json" : contentTypeOf(op);
        String body = null;
        String auth = authorizationFor.apply(op.path());
        if (roll < 8) {
            channel = "path";
        } else if (roll < 18) {
            channel = "query";
        } else if (roll < 23) {
            channel = "credentials";
            auth = random.nextBoolean() ? null : "Bearer agk_" + "0123456789abcdef".substring(random.nextInt(8)) + ".wrong";
        } else {
            channel = "body";
        }
        if (hasBody) {
            JsonNode valid = hasJson ? values.value(bodySchema, 0) : null;
            if (channel.equals("body")) {
                int b = random.nextInt(100);
                if (!hasJson) {
                    body = textBody(b);
                } else if (b < 70) {
                    Mutations.Kind k = Mutations.Kind.values()[random.nextInt(Mutations.Kind.values().length)];
                    channel = "body:" + k;
                    body = json.writeValueAsString(Mutations.apply(k, valid, random));
                } else if (b < 80) {
                    channel = "body:broken-json";
                    String s = json.writeValueAsString(valid);
                    body = s.substring(0, random.nextInt(Math.max(1, s.length()))) + (random.nextBoolean() ? "" : "}}]\"");
                } else if (b < 88) {
                    channel = "body:content-type";
                    body = json.writeValueAsString(valid);
                    contentType = random.nextInt(5) == 0 ? null : CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
                } else if (b < 93) {
                    channel = "body:deep-nesting";
                    body = "[".repeat(2_000 + random.nextInt(50_000));
                } else if (b < 96) {
                    channel = "body:empty";
                    body = random.nextBoolean() ? "" : "null";
                } else {
                    return oversized(op, path, auth);
                }
            } else {
                body = valid == null ? textBody(0) : json.writeValueAsString(valid);
            }
        }
        String target = path + query;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + target)).timeout(Duration.ofSeconds(30))
                .method(op.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null && body != null) {
            b.header("Content-Type", contentType);
        }
        if (auth != null) {
            b.header("Authorization", auth);
        }
        String description = op.method() + " " + target + " [" + channel + "] " + abbreviate(body);
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Sent(channel, description, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (IllegalArgumentException e) {
            // the JDK client refuses this URI: send it as it is over a socket
            return viaSocket(channel, op.method(), target, body, contentType, auth, description);
        } catch (IOException e) {
            return new Sent(channel, description + " (" + e + ")", -1, null, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Sent viaSocket(String channel, String method, String target, String body, String contentType, String auth, String description) {
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder req = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
        if (auth != null) {
            req.append("Authorization: ").append(auth).append("\r\n");
        }
        if (contentType != null && body != null) {
            req.append("Content-Type: ").append(contentType).append("\r\n");
        }
        req.append("Content-Length: ").append(payload.length).append("\r\nConnection: close\r\n\r\n");
        byte[] head = req.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + payload.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(payload, 0, all, head.length, payload.length);
        RawHttp.Answer a = RawHttp.send(port, all);
        return new Sent(channel + ":socket", description, a.status(), a.header("Content-Type"), dechunk(a));
    }

    private Sent oversized(Operation op, String path, String auth) {
        String head = op.method() + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + (auth == null ? "" : "Authorization: " + auth + "\r\n");
        boolean declared = random.nextBoolean();
        RawHttp.Answer a = declared
                ? RawHttp.send(port, head + "Content-Length: " + (40L << 20) + "\r\n\r\n")
                : RawHttp.send(port, head + "Transfer-Encoding: chunked\r\n\r\n" + chunks(9 << 20));
        return new Sent("body:oversized", op.method() + " " + path + (declared ? " 40 MiB declared" : " 9 MiB chunked"),
                a.status(), a.header("Content-Type"), dechunk(a));
    }

    private static String chunks(int total) {
        StringBuilder sb = new StringBuilder("1\r\n{\r\n");
        String chunk = " ".repeat(65_536);
        for (int sent = 0; sent < total; sent += chunk.length()) {
            sb.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        return sb.append("0\r\n\r\n").toString();
    }

    private Sent raw(int i) {
        String[] cases = {
                "GET /api/v1/health HTTP/1.1\r\nHost: a b\r\n\r\n",
                "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Long: " + "a".repeat(9_000) + "\r\n\r\n",
                "GET /api/v1/" + "a".repeat(9_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                "POST /api/v1/tva/convert HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
                "POST /api/v1/tva/convert HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello",
                "GET /api/v1/health HTTP/9.9\r\nHost: x\r\n\r\n",
                "GARBAGE\r\n\r\n",
                "GET /api/v1/health%00 HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /api/v1/a%2Fb HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /api/v1/%ff HTTP/1.1\r\nHost: x\r\n\r\n",
                "TRACE /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n",
                "CONNECT localhost:80 HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /error HTTP/1.1\r\nHost: x\r\n\r\n",
                "POST /api/v1/tva/convert HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n",
                "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n",
                "POST /api/v1/tva/convert HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n"};
        String c = cases[(i / 97) % cases.length];
        RawHttp.Answer a = RawHttp.send(port, c);
        return new Sent("raw", "raw: " + abbreviate(c), a.status(), a.header("Content-Type"), dechunk(a));
    }

    private static String dechunk(RawHttp.Answer a) {
        String body = a.body();
        if (!"chunked".equalsIgnoreCase(a.header("Transfer-Encoding"))) {
            return body;
        }
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (pos < body.length()) {
            int eol = body.indexOf("\r\n", pos);
            if (eol < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(pos, eol).trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, eol + 2, Math.min(body.length(), eol + 2 + size));
            pos = eol + 2 + size + 2;
        }
        return out.toString();
    }

    private String fillPath(String template, boolean garbage) {
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        List<Integer> starts = new ArrayList<>();
        for (int i = template.indexOf('{'); i >= 0; i = template.indexOf('{', i + 1)) {
            starts.add(i);
        }
        int garbled = garbage && !starts.isEmpty() ? random.nextInt(starts.size()) : -1;
        for (int k = 0; k < starts.size(); k++) {
            int open = starts.get(k);
            int close = template.indexOf('}', open);
            String name = template.substring(open + 1, close);
            sb.append(template, pos, open);
            sb.append(k == garbled ? GARBAGE[random.nextInt(GARBAGE.length)] : encode(pathValues.getOrDefault(name, "x")));
            pos = close + 1;
        }
        return sb.append(template.substring(pos)).toString();
    }

    private String query(Operation op, boolean garbage) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode p : op.spec().path("parameters")) {
            if (!"query".equals(p.path("in").asString()) || (!garbage && random.nextBoolean())) {
                continue;
            }
            JsonNode schema = values.resolve(p.path("schema"));
            String v;
            if (garbage) {
                String[] odd = {"-1", "0", "2147483647", "2147483648", "99999999999999999999", "1.5", "abc", "", "%00",
                        "%ff", "1e9", "-2147483648", "NaN", "a".repeat(2_000)};
                v = odd[random.nextInt(odd.length)];
            } else {
                v = encode(values.value(schema, 0).asString(""));
            }
            sb.append(sb.isEmpty() ? '?' : '&').append(p.path("name").asString()).append('=').append(v);
        }
        return sb.toString();
    }

    private String textBody(int roll) {
        String[] bodies = {"ine;nom;prenom;division\n123456789AB;Dupont;Jean;1A\n", "\ufeffa;b\n\"x;y\";z\n", "=cmd|' /C calc'!A0;x\n",
                "", "\u0000\u0001\u0002", "a;b;c;d;e;f;g\n".repeat(1000), "{\"json\":true}", "\"unterminated;x\n"};
        return bodies[(roll + random.nextInt(bodies.length)) % bodies.length];
    }

    private static String contentTypeOf(Operation op) {
        for (Iterator<String> it = op.spec().path("requestBody").path("content").propertyNames().iterator(); it.hasNext(); ) {
            return it.next();
        }
        return "application/json";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 200 ? s.substring(0, 200) + "…(" + s.length() + ")" : s;
    }
}
