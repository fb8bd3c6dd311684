package io.claimstream.common.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/**
 * Turns every failure into a JSON {@link ApiError}: callers never see an HTML page or an empty
 * body, and never a 500 for something they can fix.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return e.toResponse();
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String field = fieldPath(e);
        String what = field.isEmpty() ? "the body" : "field '" + field + "'";
        String expected = e instanceof InvalidFormatException format
                ? " (got " + format.getValue() + ")" : "";
        return Errors.response(400, "invalid_json",
                "JSON has the wrong type for " + what + expected + "; expected " + e.getTargetType().getSimpleName());
    }

    @ServerExceptionMapper
    public Response unparseable(JsonProcessingException e) {
        return Errors.response(400, "invalid_json", "body is not valid JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return Errors.response(status, codeFor(status), messageFor(status, e));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected failure", e);
        return Errors.response(500, "internal_error", "the server failed unexpectedly; it has been logged");
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "server_error" : "client_error";
        };
    }

    private static String messageFor(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed here";
            case 413 -> "the request body is larger than this server accepts";
            case 415 -> "unsupported Content-Type; see /q/openapi for the accepted media types";
            default -> e.getMessage() == null ? "request refused" : e.getMessage();
        };
    }
}
