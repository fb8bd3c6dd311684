package io.claimstream.ingest.messaging;

import io.claimstream.common.errors.ApiException;
import io.claimstream.contracts.EventCodec;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes a parsed document to {@code documents.parsed}, keyed by its id, and returns only once the
 * broker has acknowledged it (acks=all). A broker that cannot be reached fails the call within the
 * configured producer timeouts, as a 503 that the caller may retry.
 */
@ApplicationScoped
public class DocumentPublisher {

    public static final String KAFKA_UNAVAILABLE = "kafka_unavailable";

    private final Producer<String, String> producer;
    private final IngestConfig config;

    public DocumentPublisher(Producer<String, String> producer, IngestConfig config) {
        this.producer = producer;
        this.config = config;
    }

    public RecordMetadata publish(ParsedDocument document) {
        String value = EventCodec.encode(document);
        ProducerRecord<String, String> record = new ProducerRecord<>(config.publish().topic(), document.id(), value);
        try {
            Future<RecordMetadata> ack = producer.send(record);
            // delivery.timeout.ms bounds the wait already; the extra second only guards against a stuck client
            Duration limit = config.publish().deliveryTimeout().plusSeconds(1);
            return ack.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RecordTooLargeException) {
                throw new ApiException(413, "payload_too_large", "the parsed document is larger than the topic accepts");
            }
            throw unavailable(e.getCause());
        } catch (TimeoutException e) {
            throw unavailable(e);
        } catch (RecordTooLargeException e) {
            throw new ApiException(413, "payload_too_large", "the parsed document is larger than the topic accepts");
        } catch (org.apache.kafka.common.KafkaException e) {
            throw unavailable(e);
        }
    }

    private static ApiException unavailable(Throwable cause) {
        return new ApiException(503, KAFKA_UNAVAILABLE, "the document was not stored because Kafka did not acknowledge it ("
                + (cause == null ? "no answer" : cause.getClass().getSimpleName()) + "); retry later");
    }
}
