package io.claimstream.cli.api;

/**
 * A call to a service that did not give the answer we need. {@link #status()} is 0 when no HTTP
 * answer came: either nothing listens ({@link #unreachable()}: the stack is down or restarting,
 * worth waiting for) or the connection broke mid-exchange ({@link #connectionLost()}: a timeout,
 * or a server that refused a large body by closing the connection). Otherwise the service's
 * status and error code, so that callers can name the reason.
 */
public final class ApiException extends Exception {

    private static final String UNREACHABLE = "unreachable";
    private static final String CONNECTION_LOST = "connection_lost";

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException unreachable(String url, Throwable cause) {
        boolean noServer = cause instanceof java.net.ConnectException || cause instanceof java.net.http.HttpConnectTimeoutException
                || cause instanceof java.nio.channels.UnresolvedAddressException || cause instanceof java.net.UnknownHostException;
        ApiException e = noServer
                ? new ApiException(0, UNREACHABLE, "cannot reach " + url + " (" + reason(cause) + ")")
                : new ApiException(0, CONNECTION_LOST, "connection to " + url + " lost (" + reason(cause) + ")");
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

    /** Nothing answers at that address: the service is down or not started yet. */
    public boolean unreachable() {
        return UNREACHABLE.equals(code);
    }

    /** A connection was made but broke before an answer arrived. */
    public boolean connectionLost() {
        return CONNECTION_LOST.equals(code);
    }

    /** Worth another try later: the service is down, starting, or says it cannot take the request now. */
    public boolean transientFailure() {
        return unreachable() || status == 502 || status == 503 || status == 504 || status == 429;
    }
}
