package io.claimstream.it;

import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.EventCodec;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Topics;
import io.claimstream.contracts.Turn;
import io.claimstream.contracts.Paragraph;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A record analysis cannot process goes to the dead-letter topic, and the partition keeps flowing. */
@ExtendWith(TestStack.class)
class DeadLetterIT {

    @Test
    void poisonRecordGoesToDlqAndTheNextRecordIsStillProcessed() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        String text = "Rosa Lindqvist (Economist): Chip exports will shape the next decade.\n";
        String goodId = "it" + UUID.randomUUID().toString().replace("-", "").substring(0, 30);
        int labelEnd = "Rosa Lindqvist".length();
        int spokenStart = text.indexOf("Chip");
        ParsedDocument good = new ParsedDocument(ParsedDocument.SCHEMA_VERSION, goodId, text, "transcript",
                new DocumentMetadata("Dead-letter check", null, null, "2026-09-14", "day", "en", null),
                List.of(), List.of(new Turn("Rosa Lindqvist", "Economist", new Span(0, labelEnd),
                        new Span(spokenStart, text.length() - 1), null, null)),
                List.of(new Paragraph(new Span(0, text.length() - 1), 0, "text")), List.of(), Instant.now());

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            // same partition for both, so the good record sits right behind the poison one
            producer.send(new ProducerRecord<>(Topics.PARSED, 0, poisonKey, "{not json at all")).get();
            producer.send(new ProducerRecord<>(Topics.PARSED, 0, goodId, EventCodec.encode(good))).get();
        }

        Documents.awaitStored(goodId);
        assertThat(Documents.claims(goodId)).anySatisfy(claim ->
                assertThat((String) claim.get("text")).contains("Chip exports will shape the next decade."));

        ConsumerRecord<String, String> dead = awaitDeadLetter(poisonKey);
        assertThat(dead.value()).isEqualTo("{not json at all");
        List<String> headerValues = new ArrayList<>();
        dead.headers().forEach(h -> headerValues.add(h.key() + "=" + new String(h.value(), StandardCharsets.UTF_8)));
        assertThat(String.join("\n", headerValues)).containsIgnoringCase("reason");
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(String key) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(Topics.PARSED_DLQ));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }
}
