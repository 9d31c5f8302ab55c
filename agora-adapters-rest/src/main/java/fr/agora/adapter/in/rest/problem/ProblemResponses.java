package fr.agora.adapter.in.rest.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** Writes a problem+json body from a servlet filter, before or outside Spring MVC (which has its own advice). */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, Map<String, Object> body) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus((Integer) body.get("status"));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(ContainerProblems.toJson(body));
        response.flushBuffer();
    }
}
