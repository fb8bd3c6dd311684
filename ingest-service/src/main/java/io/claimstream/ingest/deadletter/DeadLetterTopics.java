package io.claimstream.ingest.deadletter;

import io.claimstream.contracts.Topics;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dead-letter topics a replay may read, the topics their records may go back to, and the
 * headers a replayed record carries. Plain Java so that it is unit-tested without a broker.
 */
public final class DeadLetterTopics {

    /** Header in which SmallRye's dead-letter strategy names the topic a record failed on. */
    public static final String ORIGIN_HEADER = "dead-letter-topic";
    /** Added to a re-published record: {@code <dlq>/<partition>@<offset>} it was replayed from. */
    public static final String REPLAYED_FROM_HEADER = "claimstream-replayed-from";

    private static final String DEAD_LETTER_PREFIX = "dead-letter-";
    private static final Map<String, String> SOURCES = Map.of(
            Topics.INCOMING_DLQ, Topics.INCOMING,
            Topics.PARSED_DLQ, Topics.PARSED,
            Topics.ANALYZED_DLQ, Topics.ANALYZED);

    private DeadLetterTopics() {
    }

    public static Set<String> all() {
        return new java.util.TreeSet<>(SOURCES.keySet());
    }

    public static boolean isDeadLetterTopic(String topic) {
        return topic != null && SOURCES.containsKey(topic);
    }

    /** The topic whose failures the dead-letter topic holds: its name without {@code .dlq}. */
    public static String sourceOf(String deadLetterTopic) {
        return SOURCES.get(deadLetterTopic);
    }

    /**
     * Where a dead letter goes back to: the topic its header names when that is one of the
     * pipeline's topics (a forged header must not turn replay into a write to any topic),
     * otherwise the dead-letter topic's own source.
     */
    public static String target(String deadLetterTopic, String headerTopic) {
        if (headerTopic != null && SOURCES.containsValue(headerTopic.strip())) {
            return headerTopic.strip();
        }
        return sourceOf(deadLetterTopic);
    }

    /** The value of a header as UTF-8 text, or null when absent. */
    public static String header(Iterable<Header> headers, String key) {
        String found = null;
        for (Header header : headers) {
            if (key.equals(header.key()) && header.value() != null) {
                found = new String(header.value(), StandardCharsets.UTF_8);
                break; // SmallRye writes its own headers before the copied ones: the first is the latest failure
            }
        }
        return found;
    }

    /**
     * The original record's headers without the failure description (a new failure adds its
     * own), plus where this copy was replayed from.
     */
    public static List<Header> replayHeaders(Iterable<Header> headers, String deadLetterTopic, int partition, long offset) {
        List<Header> kept = new ArrayList<>();
        for (Header header : headers) {
            if (!header.key().startsWith(DEAD_LETTER_PREFIX) && !REPLAYED_FROM_HEADER.equals(header.key())) {
                kept.add(header);
            }
        }
        kept.add(new RecordHeader(REPLAYED_FROM_HEADER,
                (deadLetterTopic + "/" + partition + "@" + offset).getBytes(StandardCharsets.UTF_8)));
        return kept;
    }
}
