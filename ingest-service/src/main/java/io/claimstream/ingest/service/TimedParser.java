package io.claimstream.ingest.service;

import io.claimstream.common.errors.ApiException;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Runs the parser with a time limit per document. The parser is meant to be linear, but it is the
 * first code to touch untrusted text: a pathological input must cost its sender a refusal (422),
 * never a request thread or a {@code documents.incoming} partition held forever.
 *
 * <p>Parsing runs on threads of its own so that the caller can stop waiting. A parse that overruns
 * cannot be stopped (the parser does not poll for interrupts), so it keeps its slot until it ends;
 * the slots bound how much CPU such runaways can hold, and while all are taken new documents get
 * a 503 that tells the client to retry.
 */
public final class TimedParser implements AutoCloseable {

    public static final String TIME_LIMIT = "parse_time_limit";
    public static final String BUSY = "parser_busy";

    private static final Logger LOG = Logger.getLogger(TimedParser.class);

    private final BiFunction<RawDocument, Instant, ParsedDocument> parser;
    private final Duration base;
    private final Duration perMegabyte;
    private final Semaphore slots;
    private final ExecutorService threads;

    public TimedParser(BiFunction<RawDocument, Instant, ParsedDocument> parser, Duration base, Duration perMegabyte,
                       int maxConcurrent) {
        this.parser = parser;
        this.base = base;
        this.perMegabyte = perMegabyte;
        this.slots = new Semaphore(Math.max(1, maxConcurrent));
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "ingest-parse-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The base limit plus a share per million characters: a large document is not a pathological one. */
    public Duration limitFor(String text) {
        long length = text == null ? 0 : text.length();
        return base.plus(perMegabyte.multipliedBy(length).dividedBy(1_000_000));
    }

    /**
     * @throws ApiException 422 {@value #TIME_LIMIT} when parsing overran its limit, 503 {@value #BUSY}
     *                      when no parse slot freed up within that time
     */
    public ParsedDocument parse(RawDocument raw, Instant receivedAt) {
        Duration limit = limitFor(raw.text());
        acquire(limit);
        Future<ParsedDocument> result;
        try {
            result = threads.submit(() -> {
                try {
                    return parser.apply(raw, receivedAt);
                } finally {
                    slots.release();
                }
            });
        } catch (RejectedExecutionException e) {
            slots.release();
            throw busy();
        }
        try {
            return result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            LOG.warnf("parsing stopped waiting after its time limit of %d ms (%d chars); the document is refused",
                    limit.toMillis(), raw.text() == null ? 0 : raw.text().length());
            throw new ApiException(422, TIME_LIMIT, "parsing did not finish within its time limit of "
                    + limit.toSeconds() + " s; nothing was stored. Send the document in smaller parts");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("parser failed", e.getCause());
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    private void acquire(Duration limit) {
        try {
            if (!slots.tryAcquire(limit.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    private static ApiException busy() {
        return new ApiException(503, BUSY, "every parser slot is taken by long documents; nothing was stored, retry later");
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
