package io.claimstream.cli.ingest;

import io.claimstream.cli.output.Units;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Counters that the posting threads bump and the progress line reads. */
public final class Progress {

    /** A consistent-enough reading of the counters at one moment. */
    public record Snapshot(int total, int done, int duplicates, int errors, long bytes, Duration elapsed) {

        public double perSecond() {
            double seconds = elapsed.toMillis() / 1000.0;
            return seconds <= 0 ? 0 : done / seconds;
        }

        /** {@code 37/120 docs | 4.2 docs/s | 1.3 MiB | 2 duplicates | 1 error | 9.1 s} */
        public String line() {
            return done + "/" + total + " docs | " + Units.perSecond(perSecond()) + " docs/s | "
                    + Units.bytes(bytes) + " | " + Units.count(duplicates, "duplicate", "duplicates") + " | "
                    + Units.count(errors, "error", "errors") + " | " + Units.duration(elapsed);
        }
    }

    private final int total;
    private final long startNanos;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();

    public Progress(int total, long startNanos) {
        this.total = total;
        this.startNanos = startNanos;
    }

    public void record(FileOutcome outcome) {
        bytes.addAndGet(Math.max(0, outcome.bytes()));
        switch (outcome.result()) {
            case DUPLICATE -> duplicates.incrementAndGet();
            case FAILED -> errors.incrementAndGet();
            case NEW -> {
            }
        }
        done.incrementAndGet();
    }

    public Snapshot snapshot(long nowNanos) {
        return new Snapshot(total, done.get(), duplicates.get(), errors.get(), bytes.get(),
                Duration.ofNanos(nowNanos - startNanos));
    }
}
