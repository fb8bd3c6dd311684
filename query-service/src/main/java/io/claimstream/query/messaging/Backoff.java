package io.claimstream.query.messaging;

import java.time.Duration;

/** Exponential delays between retries: initial, doubled each attempt, capped at max. */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private Duration next;
    private int attempts;

    public Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    /** The delay before the next attempt; each call doubles the following one. */
    public Duration next() {
        Duration current = next;
        attempts++;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return current.compareTo(max) > 0 ? max : current;
    }

    public int attempts() {
        return attempts;
    }

    public void reset() {
        next = initial;
        attempts = 0;
    }
}
