package io.claimstream.it.resilience;

import io.claimstream.contracts.Topics;
import io.claimstream.it.TestStack;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What became of each fuzz input: refused with a status, refused by the broker, dead-lettered with
 * a reason, or analysed and served. Watches the dead-letter topics and the query API until every
 * input has an outcome.
 */
final class Outcomes {

    /** What an input may end as, besides a 4xx. */
    enum Expect { DEAD_LETTER, QUERYABLE, QUERYABLE_OR_LIMIT }

    private static final List<String> DEAD_LETTER_TOPICS = List.of(Topics.INCOMING_DLQ, Topics.PARSED_DLQ,
            Topics.ANALYZED_DLQ);

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final Map<String, String> deadLetters = new HashMap<>(); // "topic key" -> reason
    private final long started = System.nanoTime();

    int size() {
        return entries.size();
    }

    void rest(String input, int status, String id, String error, Expect expect) {
        Entry entry = new Entry("POST /documents", input, "HTTP " + status, null, id, expect);
        if (id == null) {
            entry.outcome = "refused: " + error;
            entry.ok = true;
        }
        entries.add(entry);
    }

    void kafka(String input, String key, String id, Expect expect) {
        entries.add(new Entry(Topics.INCOMING, input, "record " + key, key, id, expect));
    }

    void refusedByKafka(String input, String error) {
        Entry entry = new Entry(Topics.INCOMING, input, "not written", null, null, Expect.DEAD_LETTER);
        entry.outcome = "refused by the producer/broker: " + error;
        entry.ok = true;
        entries.add(entry);
    }

    /** Waits until every input has its outcome, or the time is up. */
    void settle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<byte[], byte[]> consumer = deadLetterConsumer()) {
            consumer.subscribe(DEAD_LETTER_TOPICS);
            long lastQuery = 0;
            while (System.nanoTime() < deadline && entries.stream().anyMatch(e -> e.outcome == null)) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofSeconds(1))) {
                    deadLetters.put(r.topic() + " " + Kafka.text(r.key()), String.valueOf(Kafka.header(r, "dead-letter-reason")));
                }
                boolean ask = System.nanoTime() - lastQuery > 3_000_000_000L;
                if (ask) {
                    lastQuery = System.nanoTime();
                }
                for (Entry e : entries) {
                    if (e.outcome == null) {
                        check(e, ask);
                    }
                }
            }
        }
    }

    private void check(Entry e, boolean ask) {
        String reason = e.key == null ? null : deadLetters.get(Topics.INCOMING_DLQ + " " + e.key);
        for (String topic : DEAD_LETTER_TOPICS) {
            if (reason == null && e.id != null) {
                reason = deadLetters.get(topic + " " + e.id);
            }
        }
        if (reason != null) {
            e.outcome = "dead-lettered after " + seconds() + " s: " + reason;
            e.ok = e.expect == Expect.DEAD_LETTER
                    || e.expect == Expect.QUERYABLE_OR_LIMIT && reason.toLowerCase().contains("time limit");
            return;
        }
        if (ask && e.id != null && TestStack.query().get("/documents/" + e.id).statusCode() == 200) {
            e.outcome = "analysed and served after " + seconds() + " s";
            e.ok = e.expect != Expect.DEAD_LETTER;
        }
    }

    void print(PrintStream out) {
        out.println("[fuzz] door | input | answer | outcome");
        for (Entry e : entries) {
            out.printf("[fuzz] %s | %s | %s | %s%n", e.door, e.input, e.answer,
                    e.outcome == null ? "NO OUTCOME" : e.outcome);
        }
    }

    void assertAllSettled() {
        for (Entry e : entries) {
            assertThat(e.outcome).as("%s via %s", e.input, e.door).isNotNull();
            assertThat(e.ok).as("%s via %s: %s (expected %s)", e.input, e.door, e.outcome, e.expect).isTrue();
        }
    }

    private long seconds() {
        return (System.nanoTime() - started) / 1_000_000_000L;
    }

    private static KafkaConsumer<byte[], byte[]> deadLetterConsumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "fuzz-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 33_554_432,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 33_554_432,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
    }

    private static final class Entry {
        final String door;
        final String input;
        final String answer;
        final String key;
        final String id;
        final Expect expect;
        volatile String outcome;
        volatile boolean ok;

        Entry(String door, String input, String answer, String key, String id, Expect expect) {
            this.door = door;
            this.input = input;
            this.answer = answer;
            this.key = key;
            this.id = id;
            this.expect = expect;
        }
    }
}
