package fr.agora.adapter.in.rest.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The canonical form of a request path: percent-decoded as UTF-8, exactly the path Spring MVC's dispatcher matches
 * handlers against (it decodes each segment of the raw URI). Anything that could make two components disagree on
 * which resource is meant is refused rather than normalised: matrix parameters ({@code ;x=1}, which the dispatcher
 * strips but a prefix check does not), encoded separators ({@code %2F}, {@code %5C}), NUL and control characters,
 * double encoding ({@code %25}), dot segments, empty segments and invalid UTF-8.
 */
public final class RequestPaths {

    /** Request attribute holding the canonical path once {@link RequestFirewallFilter} has accepted the request. */
    public static final String CANONICAL_PATH = RequestPaths.class.getName() + ".canonical";

    private RequestPaths() {
    }

    /** The outcome of checking a raw path: the canonical path, or why it is refused. */
    public record Checked(String path, String refusal) {
        boolean refused() {
            return refusal != null;
        }
    }

    /** The canonical path of an accepted request (computed again if the firewall did not run, e.g. in a slice test). */
    public static String canonical(HttpServletRequest request) {
        Object cached = request.getAttribute(CANONICAL_PATH);
        if (cached instanceof String s) {
            return s;
        }
        Checked c = check(rawPath(request));
        // a refused path never reaches a handler (the firewall answers 400); here it must match no protected prefix
        return c.refused() ? "" : c.path();
    }

    static String rawPath(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    public static Checked check(String raw) {
        if (raw.isEmpty() || raw.charAt(0) != '/') {
            return refused("the path must start with '/'");
        }
        if (raw.indexOf(';') >= 0) {
            return refused("matrix or path parameters (';') are not accepted");
        }
        if (raw.indexOf('\\') >= 0) {
            return refused("'\\' is not accepted in a path");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                if (c > 0x7E || c < 0x21) {
                    return refused("the path holds a character that must be percent-encoded");
                }
                bytes.write(c);
                continue;
            }
            int b = i + 2 < raw.length() ? hex(raw.charAt(i + 1), raw.charAt(i + 2)) : -1;
            if (b < 0) {
                return refused("invalid percent-encoding");
            }
            if (b == '/' || b == '\\' || b == '%' || b == ';' || b < 0x20 || b == 0x7F) {
                return refused("encoded separators, '%', ';' and control characters are not accepted in a path");
            }
            bytes.write(b);
            i += 2;
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return refused("the path is not valid UTF-8");
        }
        if (decoded.codePoints().anyMatch(cp -> Character.isISOControl(cp) || cp == 0xFEFF)) {
            return refused("control characters are not accepted in a path");
        }
        String[] segments = decoded.split("/", -1);
        for (int s = 1; s < segments.length; s++) {
            String seg = segments[s];
            if (seg.equals(".") || seg.equals("..")) {
                return refused("dot segments ('.', '..') are not accepted");
            }
            if (seg.isEmpty() && s < segments.length - 1) {
                return refused("empty path segments ('//') are not accepted");
            }
        }
        return new Checked(decoded, null);
    }

    /**
     * Why a raw query string is refused, or null: Tomcat would otherwise drop (or fail on) a parameter it cannot
     * decode, so that {@code ?page=%ff} reached a handler as an absent parameter or as an error.
     */
    public static String queryRefusal(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawQuery.length());
        for (int i = 0; i < rawQuery.length(); i++) {
            char c = rawQuery.charAt(i);
            if (c == '&' || c == '=') {
                if (!utf8(bytes)) {
                    return "the query string is not valid UTF-8";
                }
                bytes.reset();
                continue;
            }
            if (c != '%') {
                bytes.write(c == '+' ? ' ' : c);
                continue;
            }
            int b = i + 2 < rawQuery.length() ? hex(rawQuery.charAt(i + 1), rawQuery.charAt(i + 2)) : -1;
            if (b < 0) {
                return "invalid percent-encoding in the query string";
            }
            if (b < 0x20 || b == 0x7F) {
                return "control characters are not accepted in the query string";
            }
            bytes.write(b);
            i += 2;
        }
        return utf8(bytes) ? null : "the query string is not valid UTF-8";
    }

    private static boolean utf8(ByteArrayOutputStream bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Checked refused(String why) {
        return new Checked(null, why);
    }

    private static int hex(char hi, char lo) {
        int h = Character.digit(hi, 16);
        int l = Character.digit(lo, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }
}
