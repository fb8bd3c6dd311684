package io.claimstream.query.messaging;

import io.claimstream.contracts.EventCodec.MalformedEventException;

import java.sql.SQLException;
import java.util.Set;

/**
 * Decides whether a failed write is the record's fault (dead-letter it: retrying cannot help) or
 * the database's (keep the record and retry: an outage must pause consumption, never lose data).
 *
 * <p>Only failures that a particular record's content can cause are blamed on the record:
 * malformed events, SQL data exceptions (class 22), NOT NULL and CHECK violations and program
 * limits such as an oversized text-search vector (class 54). Everything else, including unknown
 * SQL states, lost connections, serialisation failures and key races between two consumers, is
 * retried: an unclassified systemic fault that dead-lettered every record would lose the stream.
 */
public final class FailureClassifier {

    private static final Set<String> RECORD_STATES = Set.of("23502", "23514");

    private FailureClassifier() {
    }

    public static boolean isRecordFault(Throwable failure) {
        SQLException sql = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MalformedEventException) {
                return true;
            }
            if (t instanceof SQLException found && sql == null && found.getSQLState() != null) {
                sql = found;
            }
        }
        if (sql != null) {
            String state = sql.getSQLState();
            return state.startsWith("22") || state.startsWith("54") || RECORD_STATES.contains(state);
        }
        return !involvesInfrastructure(failure);
    }

    /** A failure with no SQL state: blame the record only if nothing database- or network-related is involved. */
    private static boolean involvesInfrastructure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof SQLException || t instanceof java.io.IOException
                    || name.startsWith("jakarta.transaction.") || name.startsWith("jakarta.persistence.")
                    || name.startsWith("org.hibernate.") || name.startsWith("com.arjuna.")
                    || name.startsWith("io.agroal.") || name.startsWith("org.postgresql.")) {
                return true;
            }
        }
        return false;
    }

    /** One line for the dead-letter reason and the logs. */
    public static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = failure instanceof MalformedEventException ? failure.getMessage() : root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
