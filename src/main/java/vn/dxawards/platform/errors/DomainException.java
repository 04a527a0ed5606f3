package vn.dxawards.platform.errors;

import java.util.List;

/**
 * A refusal the user caused: an HTTP status, a stable machine code, and a message key translated
 * for the caller (messages in {@code messages/errors*.properties}), with optional details such as
 * the list of what is missing.
 */
public class DomainException extends RuntimeException {

    private final int status;
    private final String code;
    private final Object[] args;
    private final List<String> details;

    public DomainException(int status, String code, Object... args) {
        this(status, code, List.of(), args);
    }

    public DomainException(int status, String code, List<String> details, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
        this.details = details;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    public List<String> details() {
        return details;
    }

    public static DomainException notFound(String what) {
        return new DomainException(404, "not_found." + what);
    }

    public static DomainException conflict(String code, Object... args) {
        return new DomainException(409, code, args);
    }

    public static DomainException invalid(String code, Object... args) {
        return new DomainException(422, code, args);
    }

    public static DomainException forbidden(String code, Object... args) {
        return new DomainException(403, code, args);
    }
}
