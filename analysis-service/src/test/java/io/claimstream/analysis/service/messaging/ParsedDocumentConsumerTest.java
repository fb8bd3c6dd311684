package io.claimstream.analysis.service.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

import io.claimstream.analysis.DocumentAnalyzer;
import io.claimstream.analysis.service.AnalysisRunner;
import io.claimstream.analysis.service.config.AnalysisConfig;
import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.EventCodec;
import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Turn;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/**
 * The acknowledgement chain of the consumer, without a broker: the incoming record is acked only
 * when the outgoing one is, and anything that fails is nacked (which the channel's
 * dead-letter-queue strategy turns into a record on documents.parsed.dlq).
 */
class ParsedDocumentConsumerTest {

    private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer();
    private static final String TEXT = "Ida Lund: I think evaluation will matter more than scale.";

    private final CapturingEmitter emitter = new CapturingEmitter();

    private ParsedDocumentConsumer consumer(Duration limit) {
        AnalysisConfig config = new AnalysisConfig() {
            public Duration timeLimit() {
                return limit;
            }

            public Duration timePerMegabyte() {
                return Duration.ZERO;
            }

            public Optional<java.nio.file.Path> topicsFile() {
                return Optional.empty();
            }

            public Embeddings embeddings() {
                return new Embeddings() {
                    public boolean enabled() {
                        return false;
                    }

                    public int maxClaims() {
                        return 0;
                    }
                };
            }
        };
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        return new ParsedDocumentConsumer(new AnalysisRunner(ANALYZER, config, registry), emitter, registry);
    }

    private static String parsedJson() {
        ParsedDocument doc = new ParsedDocument(ParsedDocument.SCHEMA_VERSION, "doc-1", TEXT, "transcript",
                new DocumentMetadata("t", null, null, null, null, "en", null), List.of(),
                List.of(new Turn("Ida Lund", null, new Span(0, 8), new Span(10, TEXT.length()), null, null)),
                List.of(new Paragraph(new Span(0, TEXT.length()), 0, "text")), List.of(), Instant.EPOCH);
        return EventCodec.encode(doc);
    }

    @Test
    void acksTheIncomingRecordOnlyAfterTheOutgoingOneIsAcked() {
        TrackedMessage in = new TrackedMessage(parsedJson());
        CompletionStage<Void> done = consumer(Duration.ofSeconds(30)).onParsed(in.message());

        Message<String> out = emitter.sent.get();
        assertThat(out).isNotNull();
        assertThat(in.acked).isNotDone();
        AnalyzedDocument analyzed = EventCodec.decode(out.getPayload(), AnalyzedDocument.class);
        assertThat(analyzed.id()).isEqualTo("doc-1");
        assertThat(analyzed.claims()).isNotEmpty();
        assertThat(out.getMetadata(OutgoingKafkaRecordMetadata.class)).get()
                .extracting(OutgoingKafkaRecordMetadata::getKey).isEqualTo("doc-1");

        out.ack().toCompletableFuture().join();
        assertThat(in.acked).isDone();
        assertThat(in.nacked).isNotDone();
        assertThat(done.toCompletableFuture()).isDone();
    }

    @Test
    void nacksARecordThatIsNotAParsedDocument() {
        TrackedMessage in = new TrackedMessage("{not json");
        consumer(Duration.ofSeconds(30)).onParsed(in.message());
        assertThat(emitter.sent.get()).isNull();
        assertThat(in.nacked.join()).isInstanceOf(EventCodec.MalformedEventException.class);
    }

    @Test
    void nacksTheIncomingRecordWhenKafkaRefusesTheResult() {
        TrackedMessage in = new TrackedMessage(parsedJson());
        consumer(Duration.ofSeconds(30)).onParsed(in.message());
        emitter.sent.get().nack(new IllegalStateException("record too large")).toCompletableFuture().join();
        assertThat(in.nacked.join()).hasMessage("record too large");
        assertThat(in.acked).isNotDone();
    }

    @Test
    void nacksADocumentThatRunsOverItsTimeLimit() {
        TrackedMessage in = new TrackedMessage(parsedJson());
        consumer(Duration.ZERO).onParsed(in.message());
        assertThat(in.nacked.join()).hasMessageContaining("time limit");
    }

    /** An incoming record whose ack and nack are observable. */
    private static final class TrackedMessage {
        final CompletableFuture<Void> acked = new CompletableFuture<>();
        final CompletableFuture<Throwable> nacked = new CompletableFuture<>();
        private final String payload;

        TrackedMessage(String payload) {
            this.payload = payload;
        }

        Message<String> message() {
            return Message.of(payload).withAck(() -> {
                acked.complete(null);
                return CompletableFuture.completedFuture(null);
            }).withNack(e -> {
                nacked.complete(e);
                return CompletableFuture.completedFuture(null);
            });
        }
    }

    /** Stands in for the Kafka producer channel: keeps the message it was given. */
    private static final class CapturingEmitter implements Emitter<String> {
        final AtomicReference<Message<String>> sent = new AtomicReference<>();

        @Override
        public CompletionStage<Void> send(String payload) {
            throw new UnsupportedOperationException("the consumer sends messages, not payloads");
        }

        @Override
        public <M extends Message<? extends String>> void send(M message) {
            @SuppressWarnings("unchecked")
            Message<String> m = (Message<String>) message;
            sent.set(m);
        }

        @Override
        public void complete() {
        }

        @Override
        public void error(Exception e) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean hasRequests() {
            return true;
        }
    }
}
