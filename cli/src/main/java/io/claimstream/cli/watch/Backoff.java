package io.claimstream.cli.watch;

/** Doubling waits between retries, capped: quick when the stack blinks, gentle when it is down for long. */
public record Backoff(long firstMillis, long maxMillis) {

    public long delay(int failures) {
        if (failures <= 0) {
            return 0;
        }
        long delay = firstMillis;
        for (int i = 1; i < failures && delay < maxMillis; i++) {
            delay *= 2;
        }
        return Math.min(delay, maxMillis);
    }
}
