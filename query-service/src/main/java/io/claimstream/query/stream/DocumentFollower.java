package io.claimstream.query.stream;

import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps state derived from the stored claims (the service's vector index, its full-text index) up
 * with the database: on a thread of its own it reads every document whose claims changed since a
 * watermark, in the order they changed (the document's {@code vectors_at}: stored, replaced or
 * embedded), a batch at a time, and hands them to its {@link Target}; then it waits for the next
 * stored-document notice or the next poll. A document stored within {@code lag} before the
 * watermark is looked at again (a transaction may commit after a later one), skipped when the
 * target already holds that version: on each notice, and at least every {@link #WINDOW_EVERY_NANOS};
 * a poll in between reads on from where the last pass ended (re-reading the window on every poll
 * listed every document of a bulk load, ~50 statements a second for 10,000 documents stored within
 * the lag). The database being away makes it retry, backing off.
 */
public final class DocumentFollower {

    private static final Logger LOG = Logger.getLogger(DocumentFollower.class);
    /** How often a pass re-reads the lag window when no notice asked for it (notices lost while the listener was away). */
    private static final long WINDOW_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** A stored document and when its claims last changed. */
    public record Changed(String id, Instant at) {
    }

    /** What a follower keeps up. Every call is on the follower's thread. */
    public interface Target {
        /** Whether to follow (again): false stops the follower for good. Called before each pass. */
        default boolean proceed() throws Exception {
            return true;
        }

        /** Opens the target's state, once before the first pass: the watermark it holds, or null to read every document. */
        Instant open() throws Exception;

        /** Whether the target holds this version of the document already (re-read within the lag after a restart). */
        default boolean holds(Changed document) throws Exception {
            return false;
        }

        /** Takes the current claims of these documents; returns how many claims it took. */
        long take(List<Changed> documents) throws Exception;

        /** After each batch: the watermark moved to {@code watermark}. */
        default void batchDone(Instant watermark) throws Exception {
        }

        /** After each pass that read every changed document: {@code changed} when it took any. */
        void caughtUp(boolean changed, long taken, long startedNanos, Instant watermark) throws Exception;

        /** The follower stopped. */
        default void closed() {
        }
    }

    private final String name;
    private final DataSource db;
    private final StoredDocuments stored;
    private final Duration poll;
    private final Duration lag;
    private final int batch;
    private final Target target;
    private final Semaphore wakeups = new Semaphore(0);
    // documents seen within the lag before the watermark, with the time they changed
    private final Map<String, Instant> seen = new HashMap<>();
    private volatile boolean running;
    private volatile Instant watermark;
    private Thread worker;
    private boolean opened;
    // where the last pass ended, for a pass that does not re-read the lag window
    private Instant resumeAt;
    private String resumeId = "";

    public DocumentFollower(String name, DataSource db, StoredDocuments stored, Duration poll, Duration lag, int batch,
                            Target target) {
        this.name = name;
        this.db = db;
        this.stored = stored;
        this.poll = poll;
        this.lag = lag;
        this.batch = batch;
        this.target = target;
    }

    public void start() {
        running = true;
        stored.events().subscribe().with(e -> wakeups.release(), failure -> { });
        worker = new Thread(this::run, name);
        worker.setDaemon(true);
        worker.start();
    }

    public void stop() throws InterruptedException {
        running = false;
        wakeups.release();
        if (worker != null) {
            worker.join(TimeUnit.SECONDS.toMillis(20));
        }
    }

    public boolean running() {
        return running;
    }

    /** When the newest document followed last changed (null before any). */
    public Instant watermark() {
        return watermark;
    }

    private void run() {
        long backoff = 1000;
        boolean notified = true;
        long lastWindow = 0;
        while (running) {
            try {
                if (!target.proceed()) {
                    return;
                }
                if (!opened) {
                    watermark = target.open();
                    opened = true;
                }
                long started = System.nanoTime();
                long taken = 0;
                boolean changed = false;
                boolean window = notified || resumeAt == null || System.nanoTime() - lastWindow > WINDOW_EVERY_NANOS;
                Instant cursor = !window ? resumeAt : watermark == null ? Instant.EPOCH : watermark.minus(lag);
                String cursorId = window ? "" : resumeId;
                if (window) {
                    lastWindow = System.nanoTime();
                }
                while (running) {
                    List<Changed> documents = changedAfter(cursor, cursorId);
                    if (documents.isEmpty()) {
                        break;
                    }
                    List<Changed> pending = new ArrayList<>();
                    for (Changed document : documents) {
                        if (!document.at().equals(seen.get(document.id())) && !target.holds(document)) {
                            pending.add(document);
                        } else {
                            seen.put(document.id(), document.at());
                        }
                    }
                    if (!pending.isEmpty()) {
                        taken += target.take(pending);
                        pending.forEach(document -> seen.put(document.id(), document.at()));
                        changed = true;
                    }
                    Changed last = documents.get(documents.size() - 1);
                    cursor = last.at();
                    cursorId = last.id();
                    watermark = watermark == null || cursor.isAfter(watermark) ? cursor : watermark;
                    target.batchDone(watermark);
                }
                if (!running) {
                    break;
                }
                resumeAt = cursor;
                resumeId = cursorId;
                Instant horizon = watermark == null ? Instant.EPOCH : watermark.minus(lag);
                seen.values().removeIf(at -> at.isBefore(horizon));
                target.caughtUp(changed, taken, started, watermark);
                backoff = 1000;
                notified = wakeups.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS);
                wakeups.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                // the database is away, or the disk: the target answers as it can meanwhile
                LOG.warnf("%s: %s; retrying in %d ms", name, e, backoff);
                notified = true;
                sleep(backoff);
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
        target.closed();
    }

    /** Up to a batch of documents after ({@code at}, {@code id}) in the order their claims changed. */
    private List<Changed> changedAfter(Instant at, String id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT id, vectors_at FROM document WHERE (vectors_at, id) > (?, ?) ORDER BY vectors_at, id LIMIT ?""")) {
            s.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            s.setString(2, id);
            s.setInt(3, batch);
            List<Changed> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new Changed(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()));
                }
            }
            return found;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
