package io.claimstream.it;

import io.claimstream.stack.LocalStack;
import io.claimstream.stack.ManagedProcess;
import io.claimstream.stack.Service;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Servers die while documents flow; every document that got a 2xx ends up queryable exactly
 * once. The stack is shared with the other tests, so each test leaves it whole again.
 */
@ExtendWith(TestStack.class)
class FaultToleranceIT {

    private static final Duration CATCH_UP = Duration.ofSeconds(180);

    @AfterEach
    void stackIsWholeAgain() throws Exception {
        TestStack.stack().startWhatIsMissing();
    }

    @Test
    void brokerKilledWhileDocumentsArePosted() throws Exception {
        LocalStack stack = TestStack.stack();
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicInteger refusals = new AtomicInteger();
        ExecutorService posters = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> posts = IntStream.range(0, 200).mapToObj(i -> posters.submit(() ->
                accepted.add(postUntilAccepted(document("broker", i), refusals)))).toList();
        // a shared, loaded machine may take seconds a post: the broker dies once a fifth is in, however long that takes
        await().atMost(Duration.ofSeconds(240)).until(() -> accepted.size() >= 40);
        ManagedProcess.find("kafka", stack.settings().run()).orElseThrow().kill();
        Thread.sleep(8_000);
        stack.startKafka();
        for (Future<Boolean> post : posts) {
            post.get();
        }
        posters.shutdown();

        assertThat(accepted).hasSize(200);
        assertThat(refusals.get()).as("ingest refused while the broker was down").isPositive();
        awaitEachStoredOnce(accepted);
    }

    @Test
    void analysisServiceKilledMidStream() throws Exception {
        LocalStack stack = TestStack.stack();
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicInteger refusals = new AtomicInteger();
        for (int i = 0; i < 60; i++) {
            accepted.add(postUntilAccepted(document("analysis", i), refusals));
            if (i == 20) {
                ManagedProcess.find(Service.ANALYSIS.module(), stack.settings().run()).orElseThrow().kill();
            }
        }
        stack.startService(Service.ANALYSIS);
        stack.awaitReady(Service.ANALYSIS);
        awaitEachStoredOnce(accepted);
    }

    @Test
    void postgresStoppedWhileDocumentsFlow() throws Exception {
        LocalStack stack = TestStack.stack();
        ManagedProcess.find("postgres", stack.settings().run()).orElseThrow().stop();
        await().atMost(Duration.ofSeconds(60)).until(() -> !stack.isReady(Service.QUERY));

        long committedBefore = committedOffsets("query-service", "documents.analyzed");
        long endBefore = endOffsets("documents.analyzed");
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicInteger refusals = new AtomicInteger();
        for (int i = 0; i < 30; i++) {
            accepted.add(postUntilAccepted(document("postgres", i), refusals));
        }
        await().atMost(CATCH_UP).until(() -> endOffsets("documents.analyzed") >= endBefore + accepted.size());
        Thread.sleep(5_000);
        assertThat(committedOffsets("query-service", "documents.analyzed"))
                .as("query-service commits nothing it could not store").isEqualTo(committedBefore);
        stack.startPostgres();
        await().atMost(Duration.ofSeconds(90)).until(() -> stack.isReady(Service.QUERY));
        awaitEachStoredOnce(accepted);
    }

    private static final String[] FIRST = {"Ana", "Tomas", "Lena", "Mira", "Devraj", "Greta", "Jonas", "Petra"};
    private static final String[] LAST = {"Ruiz", "Berg", "Vogt", "Sandoval", "Iyer", "Holm", "Weber", "Novak"};

    /**
     * One sentence, one speaker: exactly one claim when analysed once. The speaker label must look
     * like a person's name, or the parser rightly reads the line as plain text without a speaker.
     */
    private static String document(String run, int i) {
        return FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length] + " (Analyst): Capacity plan "
                + run + " number " + i + " will need more chips than anyone budgeted.\n";
    }

    private static String postUntilAccepted(String text, AtomicInteger refusals) {
        for (int attempt = 0; attempt < 200; attempt++) {
            try {
                Response answer = TestStack.ingest().contentType(ContentType.JSON)
                        .body(Map.of("text", text, "published", "2026-09-14")).post("/documents");
                if (answer.statusCode() == 202 || answer.statusCode() == 200) {
                    return answer.jsonPath().getString("id");
                }
                assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(503);
            } catch (RuntimeException connectionTrouble) {
                // the request did not complete: retry, as a client would
            }
            refusals.incrementAndGet();
            sleep(500);
        }
        throw new AssertionError("never accepted: " + text);
    }

    private static void awaitEachStoredOnce(Set<String> ids) {
        for (String id : ids) {
            await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() ->
                    TestStack.query().get("/documents/" + id).statusCode() == 200);
            assertThat(Documents.claims(id)).as("claims of %s", id).hasSize(1);
        }
    }

    /** The sum over partitions of a consumer group's committed offsets on a topic. */
    private static long committedOffsets(String group, String topic) throws Exception {
        try (Admin admin = admin()) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS)
                    .entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        }
    }

    /** The sum over partitions of a topic's log-end offsets: how many records it has ever been given. */
    private static long endOffsets(String topic) throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
