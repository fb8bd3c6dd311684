package io.claimstream.cli.api;

/**
 * A call to a service that did not give the answer we need. {@link #status()} is 0 when the
 * service could not be reached at all, so callers can tell "stack down" (retry, or say so) from
 * "request refused" (name the reason).
 */
public final class ApiException extends Exception {

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException unreachable(String url, Throwable cause) {
        ApiException e = new ApiException(0, "unreachable", "cannot reach " + url + " (" + reason(cause) + ")");
        e.initCause(cause);
        return e;
    }

    /** "connection refused" rather than "ConnectException": the message is read by people. */
    public static String reason(Throwable cause) {
        if (cause instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return "timed out";
        }
        if (cause instanceof java.nio.channels.UnresolvedAddressException || cause instanceof java.net.UnknownHostException) {
            return "unknown host";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public boolean unreachable() {
        return status == 0;
    }

    /** Worth another try later: the service is down, starting, or says it cannot take the request now. */
    public boolean transientFailure() {
        return status == 0 || status == 502 || status == 503 || status == 504 || status == 429;
    }
}
