package fr.agora.adapter.in.rest.problem;

import java.util.List;
import tools.jackson.core.JacksonException;

/** Turns Jackson's reference path into the field notation clients use: {@code lines[2].vatRate}. */
final class JsonPaths {

    private static final int MAX_REASON = 300;

    private static final java.util.regex.Pattern EXCEPTION_NAME = java.util.regex.Pattern.compile("\\(?[A-Za-z]*Exception\\)?:?");

    private JsonPaths() {
    }

    static String of(List<JacksonException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    static String shortReason(JacksonException e) {
        String msg = e.getOriginalMessage();
        if (msg == null) {
            return "invalid value";
        }
        int cut = msg.indexOf('\n');
        msg = cut > 0 ? msg.substring(0, cut) : msg;
        // Jackson quotes the offending value: a 20 000-character string made the two replacements below quadratic
        // (seconds of CPU per request, found by the long fuzzing run); the client does not need it echoed in full
        msg = msg.length() > MAX_REASON ? msg.substring(0, MAX_REASON) + "…" : msg;
        // Jackson names Java types; keep the message but drop package names.
        msg = msg.replaceAll("`?([a-z]+\\.)+([A-Z][A-Za-z0-9$]*)`?", "$2");
        // nor exception names (a nested parse failure is quoted as "(DateTimeParseException) Text …")
        return EXCEPTION_NAME.matcher(msg).replaceAll("").replaceAll("\\s{2,}", " ").trim();
    }
}
