package io.claimstream.query.cache;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that moves on whenever what the reads answer may have changed, on this replica or any
 * other: every change notice (see {@link ReadModelChanges}), this replica's own commits at once, and
 * the semantic index taking in new vectors. An answer computed after reading the number is current
 * while the number stays the same.
 *
 * <p>Notices are only heard while the listening connection is up; while it is not (the database
 * is away, or the service is starting), nothing may be trusted to stay current: {@link #followed}
 * is false, and the number moves on when listening resumes (notices sent meanwhile are lost).
 */
@ApplicationScoped
public class ReadGeneration {

    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;

    public long current() {
        return generation.get();
    }

    /** Stored data may have changed. */
    public void advance() {
        generation.incrementAndGet();
    }

    /** Whether every change is heard now, so that an answer kept under {@link #current} is still right. */
    public boolean followed() {
        return listening;
    }

    /** The change notices are heard from now on, or no longer. */
    public void listening(boolean on) {
        listening = on;
        advance();
    }
}
