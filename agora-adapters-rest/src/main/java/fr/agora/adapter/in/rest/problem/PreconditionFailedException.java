package fr.agora.adapter.in.rest.problem;

/** A conditional request header that can never be satisfied (RFC 9110 §13.1): answered 412, naming the header. */
public class PreconditionFailedException extends RuntimeException {

    private final String field;

    public PreconditionFailedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
