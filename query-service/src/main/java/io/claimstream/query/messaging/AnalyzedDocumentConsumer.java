package io.claimstream.query.messaging;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.EventCodec;
import io.claimstream.contracts.EventCodec.MalformedEventException;
import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.store.DerivedDataRefresher;
import io.claimstream.query.store.DocumentWriter;
import io.claimstream.query.store.StoreOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Materialises {@code documents.analyzed} into PostgreSQL.
 *
 * <p>A record is acknowledged only after its transaction has committed, and the throttled commit
 * strategy commits only acknowledged offsets, so a crash at any point re-delivers the record and
 * the idempotent write absorbs the repeat. A record that cannot be stored is nacked and the
 * connector moves it to {@code documents.analyzed.dlq} with the reason. While the database is
 * unreachable the record is neither acked nor nacked: the write is retried with backoff, which
 * holds this channel (and so consumption) until the database is back.
 */
@ApplicationScoped
public class AnalyzedDocumentConsumer {

    private static final Logger LOG = Logger.getLogger(AnalyzedDocumentConsumer.class);

    private final DocumentWriter writer;
    private final DerivedDataRefresher derived;
    private final QueryConfig.Retry retry;
    private final MeterRegistry metrics;
    private volatile boolean running = true;

    public AnalyzedDocumentConsumer(DocumentWriter writer, DerivedDataRefresher derived, QueryConfig config,
                                    MeterRegistry metrics) {
        this.writer = writer;
        this.derived = derived;
        this.retry = config.retry();
        this.metrics = metrics;
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
    }

    @Incoming("documents.analyzed")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        AnalyzedDocument document;
        try {
            document = EventCodec.decode(message.getPayload(), AnalyzedDocument.class);
        } catch (MalformedEventException e) {
            return deadLetter(message, e);
        }
        Backoff backoff = new Backoff(retry.initialDelay(), retry.maxDelay());
        while (running) {
            try {
                // profiles and corroboration follow in the background, many documents per pass
                StoreOutcome outcome = writer.write(document);
                derived.wake();
                LOG.info(outcome.describe());
                metrics.counter("claimstream.documents", "outcome", outcome.action().name().toLowerCase()).increment();
                return message.ack();
            } catch (RuntimeException e) {
                if (FailureClassifier.isRecordFault(e)) {
                    return deadLetter(message, e);
                }
                Duration delay = backoff.next();
                metrics.counter("claimstream.store.retries").increment();
                LOG.warnf("cannot store document %s (attempt %d): %s; retrying in %d ms, record kept",
                        document.id(), backoff.attempts(), FailureClassifier.reason(e), delay.toMillis());
                if (!sleep(delay)) {
                    break;
                }
            }
        }
        // shutting down mid-retry: leave the record unacknowledged so that it is redelivered
        LOG.infof("stopping before document %s was stored; it will be consumed again", document.id());
        return CompletableFuture.completedFuture(null);
    }

    private CompletionStage<Void> deadLetter(Message<String> message, Throwable failure) {
        String reason = FailureClassifier.reason(failure);
        metrics.counter("claimstream.documents", "outcome", "dead_lettered").increment();
        LOG.errorf("dead-lettering a documents.analyzed record: %s", reason);
        return message.nack(failure instanceof MalformedEventException ? failure
                : new MalformedEventException(reason, failure));
    }

    private boolean sleep(Duration delay) {
        long until = System.nanoTime() + delay.toNanos();
        try {
            // wake up regularly so that a shutdown does not wait out a long backoff
            while (running && System.nanoTime() < until) {
                TimeUnit.MILLISECONDS.sleep(Math.min(200, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            }
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
