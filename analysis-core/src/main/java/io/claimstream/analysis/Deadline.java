package io.claimstream.analysis;

import java.time.Duration;

/**
 * A point in time after which an analysis gives up. The analyzer checks it between stages and
 * sentences, so a pathological document fails with {@link AnalysisTimeoutException} instead of
 * holding a worker thread (and a Kafka partition) indefinitely.
 */
public record Deadline(long expiresAtNanos, Duration limit) {

    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, null);

    public static Deadline after(Duration limit) {
        return new Deadline(System.nanoTime() + limit.toNanos(), limit);
    }

    public void check() {
        if (limit != null && System.nanoTime() - expiresAtNanos > 0) {
            throw new AnalysisTimeoutException("analysis exceeded its time limit of " + limit.toMillis() + " ms");
        }
    }

    /** Thrown when an analysis runs past its {@link Deadline}. */
    public static final class AnalysisTimeoutException extends RuntimeException {
        public AnalysisTimeoutException(String message) {
            super(message);
        }
    }
}
