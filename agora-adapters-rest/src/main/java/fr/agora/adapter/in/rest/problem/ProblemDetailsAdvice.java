package fr.agora.adapter.in.rest.problem;

import fr.agora.domain.shared.DomainException;
import fr.agora.domain.shared.StaleVersionException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * The one place where errors become HTTP answers: every error is an RFC 9457 {@code application/problem+json}
 * body with a stable {@code type}, a {@code title}, the {@code status}, a {@code detail}, and — when the client's
 * input is at fault — the offending {@code field} (plus {@code errors[]} when several fields are). Never a stack trace.
 *
 * <p>Domain errors map by their {@link DomainException.Kind}: invalid input 400, not found 404, conflict 409,
 * business-rule violation 422, a role not allowed 403.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final ProblemMessages messages;

    public ProblemDetailsAdvice(ProblemMessages messages) {
        this.messages = messages;
    }

    /** Over HTTP the expected version of an optimistically locked write travels in {@code If-Match}: name that. */
    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> staleVersion(StaleVersionException e) {
        ResponseEntity<ProblemDetail> answer = domain(e);
        answer.getBody().setProperty("field", "If-Match");
        return answer;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_CONTENT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        pd.setType(ProblemTypes.of(e.problemType()));
        pd.setTitle(titleOf(e.problemType()));
        if (e.field() != null) {
            // over HTTP the idempotency key travels in its header: name that (draft-ietf-httpapi-idempotency-key-header)
            pd.setProperty("field", "idempotencyKey".equals(e.field()) ? "Idempotency-Key" : e.field());
        }
        e.details().forEach(pd::setProperty);
        return problem(pd);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
                .sorted(Comparator.comparing((Map<String, String> m) -> m.get("field")))
                .toList();
        return problem(validation(errors));
    }

    /** A multipart body that cannot be parsed (no boundary, truncated): the client's mistake, a 400, never a 500. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> malformedMultipart(org.springframework.web.multipart.MultipartException e) {
        ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        pd.setType(ProblemTypes.MALFORMED_REQUEST);
        pd.setTitle("Malformed request body");
        pd.setDetail("The multipart body cannot be read (boundary missing or body truncated).");
        return problem(pd);
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ResponseEntity<ProblemDetail> preconditionFailed(PreconditionFailedException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage());
        pd.setType(ProblemTypes.of("precondition-failed"));
        pd.setTitle("Precondition failed");
        pd.setProperty("field", e.field());
        return problem(pd);
    }

    /** A body over its endpoint's limit (413) or too slow (408), seen while a reader was consuming it. */
    static ResponseEntity<ProblemDetail> bodyRefused(RequestBodyRefusedException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.getMessage());
        pd.setType(ProblemTypes.of(e.status() == 408 ? "request-timeout" : "payload-too-large"));
        pd.setTitle(e.status() == 408 ? "Request timeout" : "Payload too large");
        return ResponseEntity.status(e.status()).header(HttpHeaders.CONNECTION, "close")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    /** The last resort: logged with its stack trace on the server, answered without one. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        RequestBodyRefusedException refused = RequestBodyRefusedException.in(e);
        if (refused != null) {
            return bodyRefused(refused);
        }
        if (e instanceof org.apache.tomcat.util.http.InvalidParameterException) {
            // a query string or form body Tomcat could not decode (bad %-encoding, invalid UTF-8)
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The request parameters could not be decoded (percent-encoding or UTF-8).");
            pd.setType(ProblemTypes.MALFORMED_REQUEST);
            pd.setTitle("Malformed request");
            return problem(pd);
        }
        if (DatabaseUnavailable.isCause(e)) {
            LOG.warn("Database unavailable: {}", e.toString());
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The database is unavailable; retry in a few seconds.");
            pd.setType(ProblemTypes.of("service-unavailable"));
            pd.setTitle("Service unavailable");
            return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(pd);
        }
        LOG.error("Unexpected error", e);
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; it has been logged.");
        pd.setType(ProblemTypes.INTERNAL);
        pd.setTitle("Internal error");
        return problem(pd);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", fe.getField(), "message", String.valueOf(fe.getDefaultMessage())));
        }
        ex.getBindingResult().getGlobalErrors().forEach(ge ->
                errors.add(Map.of("field", ge.getObjectName(), "message", String.valueOf(ge.getDefaultMessage()))));
        errors.sort(Comparator.comparing((Map<String, String> m) -> m.get("field")));
        return asObject(problem(validation(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> {
            String name = r.getMethodParameter().getParameterName();
            r.getResolvableErrors().forEach(err ->
                    errors.add(Map.of("field", String.valueOf(name), "message", String.valueOf(err.getDefaultMessage()))));
        });
        errors.sort(Comparator.comparing((Map<String, String> m) -> m.get("field")));
        return asObject(problem(validation(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        RequestBodyRefusedException refused = RequestBodyRefusedException.in(ex);
        if (refused != null) {
            return asObject(bodyRefused(refused));
        }
        ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        pd.setType(ProblemTypes.MALFORMED_REQUEST);
        pd.setTitle("Malformed request body");
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof DomainException de) {
            return asObject(domain(de));
        }
        // databind errors (wrong type, unknown property) and stream-level ones (an integer overflowing its type) both
        // carry the JSON path once they pass through a deserializer
        if (ex.getCause() instanceof JacksonException je && !je.getPath().isEmpty()) {
            String field = JsonPaths.of(je.getPath());
            pd.setProperty("field", field);
            pd.setDetail(messages.unreadable(je));
        } else if (ex.getCause() instanceof JacksonException je && je.getOriginalMessage() != null) {
            // stream-level: broken JSON or a duplicate key; say what and where (line/column), never a class name
            var at = je.getLocation();
            // worded from the bundles (French or English); where as line:column
            pd.setDetail(messages.unreadable(je)
                    + (at != null && at.getLineNr() > 0 ? " (" + at.getLineNr() + ":" + at.getColumnNr() + ")" : "")
                    + ": " + JsonPaths.shortReason(je)); // the parser's reason names the key (a duplicate 'amount')
        } else {
            pd.setDetail(null); // the bundle's "missing or not valid JSON"
        }
        return asObject(problem(pd));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.validationDetail(name, messages.text("validation.invalid-value", ex.getValue()), 0));
        pd.setType(ProblemTypes.VALIDATION);
        pd.setTitle("Invalid request");
        pd.setProperty("field", name);
        return asObject(problem(pd));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(problem(validation(List.of(Map.of("field", ex.getParameterName(), "message", messages.text("validation.required"))))));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No endpoint " + ex.getHttpMethod() + " /" + ex.getResourcePath());
        pd.setType(ProblemTypes.NOT_FOUND);
        pd.setTitle("Not found");
        return asObject(problem(pd));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
                "Method " + ex.getMethod() + " is not supported here; allowed: " + ex.getSupportedHttpMethods());
        pd.setType(ProblemTypes.METHOD_NOT_ALLOWED);
        pd.setTitle("Method not allowed");
        HttpHeaders h = new HttpHeaders();
        if (ex.getSupportedHttpMethods() != null) {
            h.setAllow(ex.getSupportedHttpMethods());
        }
        h.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(messages.localize(pd), h, HttpStatus.METHOD_NOT_ALLOWED);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Content type " + ex.getContentType() + " is not supported; send application/json");
        pd.setType(ProblemTypes.UNSUPPORTED_MEDIA_TYPE);
        pd.setTitle("Unsupported media type");
        return asObject(problem(pd));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // The body cannot honour the Accept header by definition; answer the status with a plain problem.
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE,
                "Acceptable representations: " + ex.getSupportedMediaTypes());
        pd.setType(ProblemTypes.NOT_ACCEPTABLE);
        pd.setTitle("Not acceptable");
        return asObject(problem(pd));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> r = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (r != null && r.getBody() instanceof ProblemDetail pd) {
            if (pd.getType() == null || "about:blank".equals(pd.getType().toString())) {
                // Spring's own problems (a missing header, …): the same stable type and title as the container's
                var fallback = ContainerProblems.forStatus(pd.getStatus());
                pd.setType(java.net.URI.create((String) fallback.get("type")));
                pd.setTitle((String) fallback.get("title"));
            }
            messages.localize(pd);
            HttpHeaders h = new HttpHeaders();
            h.putAll(r.getHeaders());
            h.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
            return new ResponseEntity<>(pd, h, r.getStatusCode());
        }
        return r;
    }

    ProblemDetail validation(List<Map<String, String>> errors) {
        ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        pd.setType(ProblemTypes.VALIDATION);
        pd.setTitle("Invalid request");
        if (!errors.isEmpty()) {
            Map<String, String> first = errors.get(0);
            pd.setProperty("field", first.get("field"));
            pd.setDetail(messages.validationDetail(first.get("field"), first.get("message"), errors.size() - 1));
        }
        pd.setProperty("errors", errors);
        return pd;
    }

    /** Every problem leaves through here (or handleExceptionInternal): its words in the request's language. */
    private ResponseEntity<ProblemDetail> problem(ProblemDetail pd) {
        // validation and unreadable-body details are already written in the request's language, from the bundles
        boolean worded = pd.getDetail() != null
                && (ProblemTypes.VALIDATION.equals(pd.getType()) || ProblemTypes.MALFORMED_REQUEST.equals(pd.getType()));
        String detail = pd.getDetail();
        messages.localize(pd);
        if (worded) {
            pd.setDetail(detail);
        }
        return ResponseEntity.status(pd.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(pd);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> r) {
        return (ResponseEntity) r;
    }

    private static String lastNode(String path) {
        // "compute.request.lines[0].amount" → "lines[0].amount": drop the method and parameter names
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String titleOf(String slug) {
        String s = slug.replace('-', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
