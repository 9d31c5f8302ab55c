package fr.agora.adapter.in.rest.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Replaces Tomcat's HTML error page (host level: it renders the errors raised before any application code runs, such
 * as {@code %00} or {@code %2F} in a path, an invalid {@code Host}, headers over the limit, a bad
 * {@code Content-Length}) by an RFC 9457 problem+json body without internals. Same guards as Tomcat's own valve:
 * only a 4xx/5xx whose body is still empty and not yet reported, and only while the connection can still be written.
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        // an unknown HTTP version or method (CONNECT) is the client's error: 5xx is kept for faults of the server
        if (status == 505) {
            status = 400;
            response.setStatus(400);
        } else if (status == 501) {
            status = 405;
            response.setStatus(405);
            response.setHeader("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ContainerProblems.toJson(ContainerProblems.forStatus(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing more can be said to it
        }
    }
}
