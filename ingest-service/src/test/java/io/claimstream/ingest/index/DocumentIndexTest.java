package io.claimstream.ingest.index;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentIndexTest {

    @Test
    void onlyOneOfManyConcurrentReservationsWins() throws Exception {
        DocumentIndex index = new DocumentIndex();
        AtomicInteger winners = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            futures.add(pool.submit(() -> {
                if (index.reserve("same-id")) {
                    winners.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(winners.get()).isEqualTo(1);
    }

    @Test
    void aFailedPublishFreesTheIdButAPublishedOneStays() {
        DocumentIndex index = new DocumentIndex();
        assertThat(index.reserve("a")).isTrue();
        index.release("a");
        assertThat(index.contains("a")).isFalse();
        assertThat(index.reserve("a")).isTrue();
        index.published("a");
        index.release("a");
        assertThat(index.contains("a")).isTrue();
        assertThat(index.reserve("a")).isFalse();
    }

    @Test
    void recordsSeenOnTheTopicAreKnownAndTombstonesForgetThem() {
        DocumentIndex index = new DocumentIndex();
        index.seen("b");
        assertThat(index.reserve("b")).isFalse();
        index.deleted("b");
        assertThat(index.reserve("b")).isTrue();
    }

    @Test
    void presenceDeserializerNeverCopiesTheValue() {
        PresenceDeserializer values = new PresenceDeserializer();
        assertThat(values.deserialize("t", null, ByteBuffer.allocate(3))).isTrue();
        assertThat(values.deserialize("t", null, (ByteBuffer) null)).isFalse();
        assertThat(values.deserialize("t", new byte[0])).isTrue();
        assertThat(values.deserialize("t", (byte[]) null)).isFalse();
    }
}
