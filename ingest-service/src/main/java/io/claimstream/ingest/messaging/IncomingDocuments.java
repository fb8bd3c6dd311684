package io.claimstream.ingest.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.common.errors.ApiException;
import io.claimstream.contracts.RawDocument;
import io.claimstream.contracts.Topics;
import io.claimstream.ingest.rest.RequestBodies;
import io.claimstream.ingest.service.IngestService;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Raw documents arriving as JSON records on {@code documents.incoming} take the same path as
 * REST posts. A record that can never be ingested (not JSON, empty, too large) fails, and the
 * channel's dead-letter strategy moves it to {@code documents.incoming.dlq} with the reason;
 * when Kafka itself is unavailable the record is retried instead, since it is not at fault.
 */
@ApplicationScoped
public class IncomingDocuments {

    private static final Logger LOG = Logger.getLogger(IncomingDocuments.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);

    private final IngestService ingest;
    private final RequestBodies bodies;
    private volatile boolean running = true;

    public IncomingDocuments(IngestService ingest, ObjectMapper mapper) {
        this.ingest = ingest;
        this.bodies = new RequestBodies(mapper);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
    }

    @Incoming(Topics.INCOMING)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        try {
            ingest(record.value());
        } catch (UnprocessableRecordException e) {
            LOG.warnf("documents.incoming record %s (partition %d, offset %d) goes to %s: %s", record.key(),
                    record.partition(), record.offset(), Topics.INCOMING_DLQ, e.getMessage());
            throw e;
        }
    }

    /** The value is read as bytes so that invalid UTF-8 is refused, as on REST, and dead-lettered unchanged. */
    private void ingest(byte[] payload) {
        if (payload == null) {
            throw new UnprocessableRecordException("empty_text: the record has no value", null);
        }
        RawDocument raw;
        try {
            // the same strict reading as a REST post: a number where text belongs is an error, not text
            raw = bodies.json(payload);
        } catch (ApiException e) {
            throw new UnprocessableRecordException(e.code() + ": " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            try {
                ingest.ingest(raw, "kafka");
                return;
            } catch (ApiException e) {
                boolean transientFailure = e.status() >= 500;
                if (!transientFailure || !running || System.nanoTime() > deadline) {
                    throw new UnprocessableRecordException(e.code() + ": " + e.getMessage(), e);
                }
                LOG.warnf("incoming document not stored (%s); retrying in %s", e.code(), backoff);
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }
}
