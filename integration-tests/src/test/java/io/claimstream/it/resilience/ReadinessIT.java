package io.claimstream.it.resilience;

import io.claimstream.it.TestStack;
import io.claimstream.stack.LocalStack;
import io.claimstream.stack.ManagedProcess;
import io.claimstream.stack.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readiness follows the servers a service depends on: down while its broker or database cannot be
 * reached, up again by itself once they are back, without restarting the service.
 */
@ExtendWith(TestStack.class)
class ReadinessIT {

    private static final Duration GOES_DOWN = Duration.ofSeconds(90);
    private static final Duration COMES_BACK = Duration.ofSeconds(180);

    @AfterEach
    void stackIsWholeAgain() throws Exception {
        StackRepair.wholeAgain();
    }

    @Test
    void everyServiceIsUnreadyWhileKafkaIsDownAndReadyAgainAfterwards() throws Exception {
        LocalStack stack = TestStack.stack();
        Set<Service> all = EnumSet.allOf(Service.class);
        assertThat(all).allMatch(stack::isReady);
        long pids = pidsOfServices(stack);

        long stopped = System.nanoTime();
        ManagedProcess.find("kafka", stack.settings().run()).orElseThrow().stop();
        for (Service service : all) {
            await().atMost(GOES_DOWN).pollInterval(Duration.ofMillis(500)).until(() -> !stack.isReady(service));
            System.out.printf("[readiness] %s not ready %d s after Kafka stopped%n", service.module(), secondsSince(stopped));
        }

        long started = System.nanoTime();
        stack.startKafka();
        for (Service service : all) {
            await().atMost(COMES_BACK).pollInterval(Duration.ofMillis(500)).until(() -> stack.isReady(service));
            System.out.printf("[readiness] %s ready %d s after Kafka started%n", service.module(), secondsSince(started));
        }
        assertThat(pidsOfServices(stack)).as("no service was restarted").isEqualTo(pids);
    }

    @Test
    void queryServiceIsUnreadyWhilePostgresIsDownAndTheOthersStayReady() throws Exception {
        LocalStack stack = TestStack.stack();
        long pids = pidsOfServices(stack);
        long stopped = System.nanoTime();
        ManagedProcess.find("postgres", stack.settings().run()).orElseThrow().stop();
        await().atMost(GOES_DOWN).pollInterval(Duration.ofMillis(500)).until(() -> !stack.isReady(Service.QUERY));
        System.out.printf("[readiness] query-service not ready %d s after PostgreSQL stopped%n", secondsSince(stopped));
        assertThat(stack.isReady(Service.INGEST)).as("ingest does not use the database").isTrue();
        assertThat(stack.isReady(Service.ANALYSIS)).as("analysis does not use the database").isTrue();

        long started = System.nanoTime();
        stack.startPostgres();
        await().atMost(COMES_BACK).pollInterval(Duration.ofMillis(500)).until(() -> stack.isReady(Service.QUERY));
        System.out.printf("[readiness] query-service ready %d s after PostgreSQL started%n", secondsSince(started));
        assertThat(pidsOfServices(stack)).as("no service was restarted").isEqualTo(pids);
    }

    /** A fingerprint of the service processes, to show readiness came back without a restart. */
    private static long pidsOfServices(LocalStack stack) {
        long sum = 0;
        for (Service service : Service.values()) {
            sum = sum * 31 + ManagedProcess.find(service.module(), stack.settings().run()).orElseThrow().pid();
        }
        return sum;
    }

    private static long secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000_000L;
    }
}
