package io.claimstream.query.admission;

import io.claimstream.query.config.QueryConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAdmissionTest {

    private static final Duration LONG = Duration.ofSeconds(10);

    @Test
    void letsInAsManyReadsAsItHasPermitsAndRefusesTheNextOnceTheWaitBoundPasses() throws Exception {
        ReadAdmission gate = new ReadAdmission(true, 2, Duration.ofMillis(50));
        Optional<ReadAdmission.Permit> first = gate.enter(true);
        Optional<ReadAdmission.Permit> second = gate.enter(true);
        assertThat(first).isPresent();
        assertThat(second).isPresent();
        assertThat(gate.runningNow()).isEqualTo(2);

        long started = System.nanoTime();
        assertThat(gate.enter(true)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(45));

        first.get().close();
        assertThat(gate.enter(true)).isPresent();
    }

    @Test
    void closingAPermitTwiceGivesBackOnlyOneTurn() throws Exception {
        ReadAdmission gate = new ReadAdmission(true, 1, Duration.ofMillis(20));
        ReadAdmission.Permit permit = gate.enter(true).orElseThrow();
        permit.close();
        permit.close();
        assertThat(gate.enter(true)).isPresent();
        assertThat(gate.enter(true)).as("the second close must not have freed a second turn").isEmpty();
    }

    @Test
    void aThreadThatMayNotWaitTakesOnlyAFreePermit() throws Exception {
        ReadAdmission gate = new ReadAdmission(true, 1, LONG);
        ReadAdmission.Permit held = gate.enter(false).orElseThrow();
        long started = System.nanoTime();
        assertThat(gate.enter(false)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        held.close();
    }

    @Test
    void waitingReadsAreLetInInTheOrderTheyArrived() throws Exception {
        ReadAdmission gate = new ReadAdmission(true, 1, LONG);
        ReadAdmission.Permit blocker = gate.enter(true).orElseThrow();
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        List<Thread> readers = new ArrayList<>();
        int readerCount = 6;
        CountDownLatch done = new CountDownLatch(readerCount);
        for (int i = 0; i < readerCount; i++) {
            int number = i;
            Thread reader = new Thread(() -> {
                try (ReadAdmission.Permit permit = gate.enter(true).orElseThrow()) {
                    order.add(number);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            reader.start();
            readers.add(reader);
            // the next reader starts only once this one is queued, so arrival order is known
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (gate.waiting() < i + 1 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(gate.waiting()).isEqualTo(i + 1);
        }
        blocker.close();
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        for (Thread reader : readers) {
            reader.join();
        }
        assertThat(order).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(gate.runningNow()).isZero();
    }

    @Test
    void aDisabledGateLetsEveryReadInAtOnce() throws Exception {
        ReadAdmission gate = new ReadAdmission(false, 1, Duration.ofMillis(1));
        for (int i = 0; i < 100; i++) {
            assertThat(gate.enter(true)).isPresent();
        }
        assertThat(gate.runningNow()).isZero();
    }

    @Test
    void permitsFollowTheProcessorsUnlessANumberIsGiven() {
        assertThat(ReadAdmission.permits(admission(2, OptionalInt.empty()), 2)).isEqualTo(4);
        assertThat(ReadAdmission.permits(admission(2, OptionalInt.empty()), 16)).isEqualTo(32);
        assertThat(ReadAdmission.permits(admission(2, OptionalInt.of(3)), 16)).isEqualTo(3);
        assertThat(ReadAdmission.permits(admission(0, OptionalInt.empty()), 2)).isEqualTo(1);
        assertThatThrownBy(() -> new ReadAdmission(true, 0, LONG)).isInstanceOf(IllegalArgumentException.class);
    }

    private static QueryConfig.Admission admission(int perProcessor, OptionalInt permits) {
        return new QueryConfig.Admission() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public int permitsPerProcessor() {
                return perProcessor;
            }

            @Override
            public OptionalInt permits() {
                return permits;
            }

            @Override
            public Duration maxWait() {
                return LONG;
            }
        };
    }
}
