package io.claimstream.analysis.service.messaging;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.claimstream.analysis.service.AnalysisRunner;
import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.EventCodec;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consumes {@code documents.parsed} and produces {@code documents.analyzed}, keyed by document id.
 *
 * <p>The incoming record is acknowledged (its offset may be committed) only once Kafka has
 * acknowledged the outgoing one, so a crash in between replays the document instead of losing
 * it. A record that cannot be decoded or analyzed, or whose result Kafka refuses, is nacked:
 * the channel's dead-letter-queue strategy writes it to {@code documents.parsed.dlq} with the
 * reason in its headers and moves on, so no record blocks its partition.
 */
@ApplicationScoped
public class ParsedDocumentConsumer {

    private static final Logger LOG = Logger.getLogger(ParsedDocumentConsumer.class);

    private final AnalysisRunner runner;
    private final Emitter<String> analyzed;
    private final Counter published;
    private final Counter deadLettered;

    public ParsedDocumentConsumer(AnalysisRunner runner, @Channel(Topics.ANALYZED) Emitter<String> analyzed,
                                  MeterRegistry registry) {
        this.runner = runner;
        this.analyzed = analyzed;
        this.published = Counter.builder("claimstream.analysis.documents").tag("outcome", "analyzed")
                .description("Documents analyzed and published").register(registry);
        this.deadLettered = Counter.builder("claimstream.analysis.documents").tag("outcome", "dead-lettered")
                .description("Records sent to the dead-letter topic").register(registry);
    }

    @Incoming(Topics.PARSED)
    @Blocking(value = "analysis") // ordered per channel copy: see commit-strategy in application.properties
    public CompletionStage<Void> onParsed(Message<String> record) {
        AnalyzedDocument result;
        try {
            result = runner.analyze(EventCodec.decode(record.getPayload(), ParsedDocument.class));
        } catch (RuntimeException | StackOverflowError e) { // a pathological text must not stop the consumer
            return reject(record, e);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        Message<String> out = Message.of(EventCodec.encode(result))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(result.id()).build())
                .withAck(() -> record.ack().whenComplete((v, e) -> {
                    published.increment();
                    done.complete(null);
                }))
                .withNack(e -> reject(record, e).whenComplete((v, x) -> done.complete(null)));
        try {
            analyzed.send(out);
        } catch (RuntimeException e) { // the producer channel is closed or its buffer is full
            return reject(record, e);
        }
        return done;
    }

    private CompletionStage<Void> reject(Message<String> record, Throwable reason) {
        deadLettered.increment();
        String key = record.getMetadata(IncomingKafkaRecordMetadata.class).map(m -> String.valueOf(m.getKey()))
                .orElse("?");
        LOG.warnf("record %s sent to %s: %s", key, Topics.PARSED_DLQ, reason.getMessage());
        return record.nack(reason);
    }
}
