package io.claimstream.ingest.service;

import io.claimstream.common.errors.ApiException;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimedParserTest {

    private static final RawDocument DOC = new RawDocument("Ana Ruiz: Prices will fall.", null, null, null, null, null, null);

    @Test
    void parsesWithinTheLimit() {
        try (TimedParser parser = new TimedParser(new DocumentParser()::parse, Duration.ofSeconds(30), Duration.ZERO, 2)) {
            ParsedDocument parsed = parser.parse(DOC, Instant.now());
            assertThat(parsed.text()).isEqualTo(DOC.text());
        }
    }

    @Test
    void aParseThatOverrunsIsRefusedWith422AndItsSlotIsHeldUntilItEnds() {
        CountDownLatch release = new CountDownLatch(1);
        BiFunction<RawDocument, Instant, ParsedDocument> stuck = (raw, at) -> {
            awaitUninterruptibly(release); // as a parser that never polls for interrupts
            return new DocumentParser().parse(raw, at);
        };
        try (TimedParser parser = new TimedParser(stuck, Duration.ofMillis(100), Duration.ZERO, 1)) {
            assertThatThrownBy(() -> parser.parse(DOC, Instant.now()))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(422);
                        assertThat(e.code()).isEqualTo(TimedParser.TIME_LIMIT);
                    });
            // the runaway still holds the only slot: the next document is told to retry
            assertThatThrownBy(() -> parser.parse(DOC, Instant.now()))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.code()).isEqualTo(TimedParser.BUSY);
                    });
            release.countDown();
        }
    }

    @Test
    void theLimitGrowsWithTheText() {
        try (TimedParser parser = new TimedParser((r, a) -> null, Duration.ofSeconds(30), Duration.ofSeconds(6), 1)) {
            assertThat(parser.limitFor("")).isEqualTo(Duration.ofSeconds(30));
            assertThat(parser.limitFor("x".repeat(2_000_000))).isEqualTo(Duration.ofSeconds(42));
        }
    }

    @Test
    void parserFailuresPassThrough() {
        try (TimedParser parser = new TimedParser((r, a) -> {
            throw new ApiException(413, "too_many_turns", "x");
        }, Duration.ofSeconds(5), Duration.ZERO, 1)) {
            assertThatThrownBy(() -> parser.parse(DOC, Instant.now())).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.status()).isEqualTo(413));
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
