package io.claimstream.common.errors;

import jakarta.ws.rs.core.Response;

/** A refusal with its HTTP status, error code and a message saying what to fix. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Response toResponse() {
        return Errors.response(status, code, getMessage());
    }
}
