package io.claimstream.it.resilience;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.EventCodec;
import io.claimstream.contracts.Topics;
import io.claimstream.it.TestStack;
import io.claimstream.stack.LocalStack;
import io.claimstream.stack.ManagedProcess;
import io.claimstream.stack.Service;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Re-analysis as an operator does it: the documents are stored as an earlier analyzer version
 * left them, analysis-service stops, its consumer group goes back on the compacted
 * {@code documents.parsed} topic, and it starts again. query-service swaps each document's
 * results while readers keep asking for them: every answer shows all of one version or all of
 * the other (a document's version and claim count agree, and its claim list is one version's),
 * and afterwards each document holds exactly the claims of the current analysis, once.
 */
@ExtendWith(TestStack.class)
class ReanalysisIT {

    private static final int DOCUMENTS = 30;
    private static final int READERS = 4;
    private static final String EARLIER_VERSION = "0.0.1-before-reanalysis";
    private static final String GROUP = "analysis-service";

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void stackIsWholeAgain() throws Exception {
        StackRepair.wholeAgain();
    }

    @Test
    void replayingDocumentsParsedSwapsEachDocumentWholeWhileReadersRead() throws Exception {
        Map<String, Integer> currentClaims = new HashMap<>();
        String currentVersion = null;
        for (int i = 0; i < DOCUMENTS; i++) {
            String id = post(i);
            JsonPath stored = awaitStored(id);
            currentClaims.put(id, stored.getInt("claimCount"));
            currentVersion = stored.getString("analyzerVersion");
        }
        assertThat(currentClaims.values()).as("each document has several claims").allMatch(n -> n >= 3);

        // what an earlier analyzer made of the same documents: only the first claim
        for (AnalyzedDocument current : latestAnalyses(currentClaims.keySet())) {
            AnalyzedDocument earlier = new AnalyzedDocument(current.schemaVersion(), current.id(), EARLIER_VERSION,
                    current.text(), current.metadata(), current.speakers(), current.claims().subList(0, 1),
                    current.analyzedAt(), null);
            Kafka.send(Topics.ANALYZED, current.id(), EventCodec.encode(earlier));
        }
        for (String id : currentClaims.keySet()) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() ->
                    EARLIER_VERSION.equals(TestStack.query().get("/documents/" + id).jsonPath().getString("analyzerVersion")));
        }

        Readers readers = new Readers(currentClaims, currentVersion);
        readers.start();
        long replayStarted = System.nanoTime();
        replayAnalysisFrom(Set.copyOf(currentClaims.keySet()));
        String expected = currentVersion;
        for (String id : currentClaims.keySet()) {
            await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(250)).until(() ->
                    expected.equals(TestStack.query().get("/documents/" + id).jsonPath().getString("analyzerVersion")));
        }
        long replaySeconds = (System.nanoTime() - replayStarted) / 1_000_000_000L;
        Thread.sleep(1_000);
        readers.stop();

        System.out.printf("[reanalysis] %d documents re-analysed in %d s; %d reads during the replay: %d saw %s,"
                        + " %d saw %s, %d torn%n", DOCUMENTS, replaySeconds, readers.reads.get(),
                readers.earlier.get(), EARLIER_VERSION, readers.current.get(), currentVersion, readers.torn.size());
        assertThat(readers.torn).as("answers mixing two versions").isEmpty();
        assertThat(readers.earlier.get()).as("reads that saw the earlier version during the replay").isPositive();
        assertThat(readers.current.get()).as("reads that saw the current version during the replay").isPositive();
        for (Map.Entry<String, Integer> doc : currentClaims.entrySet()) {
            List<Map<String, Object>> claims = claims(doc.getKey());
            assertThat(claims).as("claims of %s after the replay, each once", doc.getKey()).hasSize(doc.getValue());
            assertThat(claims.stream().map(c -> c.get("id")).distinct()).hasSize(doc.getValue());
        }
    }

    /** A few sentences of one speaker: several claims when analysed now. */
    private String post(int i) {
        String text = "Lena Vogt (Analyst): Inference prices in run " + run + " case " + i + " will fall by half next year."
                + " Open models will match the closed ones on coding by 2027."
                + " I think every lab will need twice the power it has today.\n";
        Response answer = TestStack.ingest().contentType(ContentType.JSON)
                .body(Map.of("text", text, "title", "Reanalysis " + run + " " + i, "published", "2026-09-14"))
                .post("/documents");
        assertThat(answer.statusCode()).as(answer.asString()).isIn(200, 202);
        return answer.jsonPath().getString("id");
    }

    private static JsonPath awaitStored(String id) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> TestStack.query().get("/documents/" + id).statusCode() == 200);
        return TestStack.query().get("/documents/" + id).jsonPath();
    }

    private static List<Map<String, Object>> claims(String id) {
        return TestStack.query().queryParam("size", 1000).get("/documents/" + id + "/claims")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The last analysis of each document on documents.analyzed. */
    private static List<AnalyzedDocument> latestAnalyses(Set<String> ids) {
        Map<String, AnalyzedDocument> latest = new HashMap<>();
        scan(Topics.ANALYZED, record -> {
            String key = Kafka.text(record.key());
            if (ids.contains(key)) {
                latest.put(key, EventCodec.decode(Kafka.text(record.value()), AnalyzedDocument.class));
            }
        });
        assertThat(latest.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        return new ArrayList<>(latest.values());
    }

    /**
     * The operator's replay, limited to this test's documents so that the shared stack does not
     * re-analyse what other tests left: with analysis-service stopped (a group with members cannot
     * be moved), its committed offsets on documents.parsed go back to the first of these documents
     * in each partition, and it starts again.
     */
    private static void replayAnalysisFrom(Set<String> ids) throws Exception {
        Map<TopicPartition, Long> first = new HashMap<>();
        scan(Topics.PARSED, record -> {
            if (ids.contains(Kafka.text(record.key()))) {
                first.merge(new TopicPartition(record.topic(), record.partition()), record.offset(), Math::min);
            }
        });
        assertThat(first).isNotEmpty();
        LocalStack stack = TestStack.stack();
        ManagedProcess.find(Service.ANALYSIS.module(), stack.settings().run()).orElseThrow().stop();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        first.forEach((partition, offset) -> offsets.put(partition, new OffsetAndMetadata(offset)));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap()))) {
            // the stopped consumers leave the group on close; until the broker has seen that, it refuses
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
                admin.alterConsumerGroupOffsets(GROUP, offsets).all().get(30, TimeUnit.SECONDS);
                return true;
            });
        }
        stack.startService(Service.ANALYSIS);
        stack.awaitReady(Service.ANALYSIS);
    }

    /** Reads a whole topic from the beginning, as bytes, with no consumer group. */
    private static void scan(String topic, java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> each) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 33_554_432,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 33_554_432,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic)) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertThat(System.nanoTime()).as("%s read to its end in time", topic).isLessThan(deadline);
                consumer.poll(Duration.ofMillis(500)).forEach(each);
            }
        }
    }

    /**
     * Threads that keep reading the documents and their claims and judge each answer on its own:
     * the earlier version has one claim, the current one as many as its first analysis had.
     */
    private static final class Readers {
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger earlier = new AtomicInteger();
        final AtomicInteger current = new AtomicInteger();
        final List<String> torn = new CopyOnWriteArrayList<>();
        private final Map<String, Integer> currentClaims;
        private final String currentVersion;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService pool = Executors.newFixedThreadPool(READERS);
        private final Set<Throwable> failures = ConcurrentHashMap.newKeySet();

        Readers(Map<String, Integer> currentClaims, String currentVersion) {
            this.currentClaims = currentClaims;
            this.currentVersion = currentVersion;
        }

        void start() {
            List<String> ids = new ArrayList<>(currentClaims.keySet());
            for (int r = 0; r < READERS; r++) {
                int offset = r;
                pool.submit(() -> {
                    for (int i = offset; running.get(); i++) {
                        try {
                            judge(ids.get(i % ids.size()), i % 2 == 0);
                        } catch (RuntimeException | AssertionError e) {
                            failures.add(e);
                        }
                    }
                });
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            assertThat(failures).as("readers' failures").isEmpty();
        }

        private void judge(String id, boolean documentView) {
            reads.incrementAndGet();
            if (documentView) {
                JsonPath doc = TestStack.query().get("/documents/" + id).then().statusCode(200).extract().jsonPath();
                record(id, doc.getString("analyzerVersion"), doc.getInt("claimCount"), "GET /documents/" + id);
            } else {
                List<Map<String, Object>> claims = claims(id);
                boolean earlierOne = claims.size() == 1;
                record(id, earlierOne ? EARLIER_VERSION : currentVersion, claims.size(), "GET /documents/" + id + "/claims");
            }
        }

        private void record(String id, String version, int claimCount, String call) {
            int expected = EARLIER_VERSION.equals(version) ? 1 : currentClaims.get(id);
            if (!(EARLIER_VERSION.equals(version) || currentVersion.equals(version)) || claimCount != expected) {
                torn.add(call + ": version " + version + " with " + claimCount + " claims");
            } else if (EARLIER_VERSION.equals(version)) {
                earlier.incrementAndGet();
            } else {
                current.incrementAndGet();
            }
        }
    }
}
