package io.claimstream.analysis;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A point in time after which an analysis gives up. Every loop whose length grows with the
 * document (blocks and sentences, speaker labels, candidate claims, claims, embedding batches,
 * speakers' aliases) checks it as it goes, so that no stage runs on for long past the limit: a
 * pathological document fails with {@link AnalysisTimeoutException} instead of holding a worker
 * thread (and a Kafka partition) indefinitely. The service dead-letters such a document with the
 * exception's message as the reason; it is replayed from the dead-letter topic once the limit is raised.
 *
 * <p>A check costs one read of the clock (tens of nanoseconds), cheap enough for every sentence.
 */
public final class Deadline {

    /** The code that starts every time-limit message, as {@code parse_time_limit} does for parsing. */
    public static final String CODE = "analysis_time_limit";

    public static final Deadline NONE = new Deadline(null, () -> 0, 0);

    private final Duration limit;
    private final LongSupplier nanoClock;
    private final long expiresAtNanos;

    private Deadline(Duration limit, LongSupplier nanoClock, long expiresAtNanos) {
        this.limit = limit;
        this.nanoClock = nanoClock;
        this.expiresAtNanos = expiresAtNanos;
    }

    public static Deadline after(Duration limit) {
        return after(limit, System::nanoTime);
    }

    /** A deadline on another clock of nanoseconds: tests count checks with one instead of waiting. */
    public static Deadline after(Duration limit, LongSupplier nanoClock) {
        return new Deadline(limit, nanoClock, nanoClock.getAsLong() + limit.toNanos());
    }

    public Duration limit() {
        return limit;
    }

    /** @param stage what the analysis was doing, for the message: "finding claims" */
    public void check(String stage) {
        if (limit != null && nanoClock.getAsLong() - expiresAtNanos > 0) {
            throw new AnalysisTimeoutException(CODE + ": the analysis exceeded its time limit of " + limit.toMillis()
                    + " ms while " + stage + " (the document is too large or too complex for the limit)");
        }
    }

    /** Thrown when an analysis runs past its {@link Deadline}. */
    public static final class AnalysisTimeoutException extends RuntimeException {
        public AnalysisTimeoutException(String message) {
            super(message);
        }
    }
}
