package io.claimstream.query.messaging;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    @Test
    void doublesUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(3));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(1000));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(2000));
        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.attempts()).isEqualTo(5);
        backoff.reset();
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
    }
}
