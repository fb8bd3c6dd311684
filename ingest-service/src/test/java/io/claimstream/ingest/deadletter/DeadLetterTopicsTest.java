package io.claimstream.ingest.deadletter;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterTopicsTest {

    @Test
    void onlyThePipelinesDeadLetterTopicsAreReplayable() {
        assertThat(DeadLetterTopics.all()).containsExactly("documents.analyzed.dlq", "documents.incoming.dlq",
                "documents.parsed.dlq");
        assertThat(DeadLetterTopics.isDeadLetterTopic("documents.parsed")).isFalse();
        assertThat(DeadLetterTopics.isDeadLetterTopic("__consumer_offsets")).isFalse();
        assertThat(DeadLetterTopics.isDeadLetterTopic(null)).isFalse();
    }

    @Test
    void theHeaderNamesTheTargetWhenItIsAPipelineTopic() {
        assertThat(DeadLetterTopics.target("documents.parsed.dlq", "documents.parsed")).isEqualTo("documents.parsed");
        assertThat(DeadLetterTopics.target("documents.incoming.dlq", null)).isEqualTo("documents.incoming");
        // a forged header cannot make replay write anywhere else
        assertThat(DeadLetterTopics.target("documents.analyzed.dlq", "__consumer_offsets")).isEqualTo("documents.analyzed");
        assertThat(DeadLetterTopics.target("documents.analyzed.dlq", "documents.analyzed.dlq")).isEqualTo("documents.analyzed");
    }

    @Test
    void replayedRecordsLoseTheFailureDescriptionAndSayWhereTheyCameFrom() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(header("dead-letter-reason", "analysis exceeded its time limit"));
        headers.add(header("dead-letter-topic", "documents.parsed"));
        headers.add(header("trace-id", "abc"));
        headers.add(header("claimstream-replayed-from", "documents.parsed.dlq/0@1"));

        List<Header> replayed = DeadLetterTopics.replayHeaders(headers, "documents.parsed.dlq", 0, 7);

        assertThat(replayed).extracting(Header::key).containsExactly("trace-id", "claimstream-replayed-from");
        assertThat(new String(replayed.get(1).value(), StandardCharsets.UTF_8)).isEqualTo("documents.parsed.dlq/0@7");
        assertThat(DeadLetterTopics.header(headers, "dead-letter-topic")).isEqualTo("documents.parsed");
        assertThat(DeadLetterTopics.header(headers, "missing")).isNull();
    }

    private static Header header(String key, String value) {
        return new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
