package fr.agora.adapter.in.rest.problem;

import java.io.IOException;

/**
 * Thrown while a request body is being read, when it grows past its endpoint's limit (413) or arrives too slowly
 * (408). An {@link IOException} so that it travels through any reader (Jackson, the CSV readers) unchanged and is
 * answered by {@link ProblemDetailsAdvice} or the limit filter itself.
 */
public class RequestBodyRefusedException extends IOException {

    private final int status;

    public RequestBodyRefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The problem body this refusal answers. */
    public java.util.Map<String, Object> problem() {
        return status == 408
                ? ContainerProblems.of(408, "request-timeout", "Request timeout", getMessage())
                : ContainerProblems.of(413, "payload-too-large", "Payload too large", getMessage());
    }

    /** The refusal in a cause chain (readers wrap I/O errors), or null. */
    public static RequestBodyRefusedException in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof RequestBodyRefusedException r) {
                return r;
            }
        }
        return null;
    }
}
